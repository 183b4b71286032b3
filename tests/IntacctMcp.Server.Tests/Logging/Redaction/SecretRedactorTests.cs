using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Logging.Redaction;

public sealed class SecretRedactorTests
{
    private const string Secret = "Sup3r+Secret/Value=";

    [Fact]
    public void Redact_RegisteredSecret_IsMaskedEverywhere()
    {
        var redactor = new SecretRedactor();
        redactor.Register(Secret);

        Assert.Equal("a *** b *** c", redactor.Redact($"a {Secret} b {Secret} c"));
    }

    [Fact]
    public void Redact_RegisteredSecretEscaped_IsMaskedInJsonAndUrlForms()
    {
        var redactor = new SecretRedactor();
        redactor.Register(Secret);

        Assert.Equal("body ***", redactor.Redact($"body {Uri.EscapeDataString(Secret)}"));
        Assert.Equal("json \"***\"", redactor.Redact($"json \"{System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(Secret)}\""));
    }

    [Fact]
    public void Register_ShortOrEmptyValue_IsIgnored()
    {
        var redactor = new SecretRedactor();

        redactor.Register("abc");
        redactor.Register(string.Empty);
        redactor.Register(null);

        Assert.Equal(0, redactor.Count);
        Assert.Equal("abc abc", redactor.Redact("abc abc"));
    }

    [Fact]
    public void Register_SecretContainingAnother_MasksTheLongerWhole()
    {
        var redactor = new SecretRedactor();
        redactor.Register("secret-one");
        redactor.Register("secret-one-and-more");

        Assert.Equal("x *** y", redactor.Redact("x secret-one-and-more y"));
    }

    [Theory]
    [InlineData("Authorization: Bearer abc.def-ghi", "Authorization: Bearer ***")]
    [InlineData("authorization=Basic dXNlcjpwYXNz", "authorization=Basic ***")]
    [InlineData("{\"Authorization\": \"Bearer tok123456\"}", "{\"Authorization\": \"Bearer ***\"}")]
    [InlineData("sent bearer tok_123456789 to sage", "sent bearer *** to sage")]
    [InlineData("grant_type=client_credentials&client_id=abc&client_secret=xyz987&username=u", "grant_type=client_credentials&client_id=abc&client_secret=***&username=u")]
    [InlineData("{\"access_token\":\"opaque-token-value\",\"expires_in\":43200}", "{\"access_token\":\"***\",\"expires_in\":43200}")]
    [InlineData("clientSecret: hunter22 rest", "clientSecret: *** rest")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl here", "token *** here")]
    public void Redact_SecretShapedText_IsMasked(string text, string expected)
    {
        Assert.Equal(expected, new SecretRedactor().Redact(text));
    }

    [Theory]
    [InlineData("Listed 12 bills for company acme in 120 ms")]
    [InlineData("GET /objects/accounts-payable/vendor?start=1 answered 200")]
    [InlineData("The token request failed: invalid_client (Invalid client credentials)")]
    public void Redact_OrdinaryText_IsUnchanged(string text)
    {
        var redactor = new SecretRedactor();
        redactor.Register(Secret);

        Assert.Equal(text, redactor.Redact(text));
    }

    [Fact]
    public void Redact_AlreadyMasked_StaysMaskedOnce()
    {
        var redactor = new SecretRedactor();
        redactor.Register("tok_abcdefgh");

        Assert.Equal("Authorization: Bearer ***", redactor.Redact("Authorization: Bearer tok_abcdefgh"));
    }

    [Fact]
    public void RegisterConfiguredSecrets_Configuration_LearnsSecretKeysOnly()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Intacct:Companies:acme:ClientSecret", "acme-secret-value"),
            new("Intacct:Companies:acme:ClientId", "acme-client-id"),
            new("Intacct:Companies:acme:Username", "ai-api@ACME"),
            new("Intacct:Companies:acme:TokenRefreshSkew", "00:05:00"),
            new("Http:ApiKeys:0", "api-key-value-1"),
            new("Auth:SigningKey", "signing-key-value"),
        ]).Build();
        var redactor = new SecretRedactor();

        redactor.RegisterConfiguredSecrets(configuration);

        Assert.Equal("*** *** ***", redactor.Redact("acme-secret-value api-key-value-1 signing-key-value"));
        Assert.Equal("acme-client-id ai-api@ACME 00:05:00", redactor.Redact("acme-client-id ai-api@ACME 00:05:00"));
    }
}
