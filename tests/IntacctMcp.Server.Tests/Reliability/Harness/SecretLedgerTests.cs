using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>The secret scan must be able to fail: it finds registered secrets, JWTs and credential values, and lets redactions through.</summary>
public sealed class SecretLedgerTests
{
    [Fact]
    public void Find_RegisteredSecretInText_NamedByLabelNotValue()
    {
        var secret = "r3liab1lity-S3CRET-selftest-" + Guid.NewGuid().ToString("N");
        SecretLedger.Register("self-test secret", secret);

        var found = SecretLedger.Find($"token request failed for client x (secret {secret})");

        Assert.Equal(["self-test secret"], found);
    }

    [Theory]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJjbnlJZCI6IkRFTU8ifQ.c2lnbmF0dXJlLXZhbHVl")]
    [InlineData("sending header Authorization=Bearer 0123456789abcdefXYZ")]
    [InlineData("Basic cmVsaWFiaWxpdHk6cGFzc3dvcmQ=")]
    public void Find_TokenShapedValue_Found(string text) => Assert.NotEmpty(SecretLedger.Find(text));

    [Theory]
    [InlineData("Authorization: Bearer [REDACTED]")]
    [InlineData("Authorization: ***")]
    [InlineData("Sage error (HTTP 401, GW-0040): the token expired. Next step: run test_connection.")]
    public void Find_RedactedOrHarmlessText_NothingFound(string text) => Assert.Empty(SecretLedger.Find(text));
}
