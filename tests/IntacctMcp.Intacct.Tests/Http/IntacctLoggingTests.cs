using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Http;

public sealed class IntacctLoggingTests
{
    [Fact]
    public async Task Calls_TokenRefreshRetryAndFailure_LogEventsWithoutTokensOrSecrets()
    {
        var ct = TestContext.Current.CancellationToken;
        // Sage's side of three calls: a 503 then the vendor; an expired token, a fresh token and the vendor; an expired
        // token again and a token endpoint that now refuses the client.
        using var sage = SageMock.StartScripted(
            SageMock.Token(1),
            SageMock.Token(2),
            SageMock.Json(401, """{"error":"invalid_client","error_description":"Invalid client credentials"}"""));
        var vendor = SageMock.Json(200, """{"ia::result":{"key":"1","id":"V1"}}""");
        var expired = SageMock.Json(401, """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040"}}""");
        sage.Sequence("GET", "/objects/accounts-payable/vendor/1", SageMock.Json(503, "{}"), vendor, expired, vendor, expired);
        var logs = new CapturingLoggerProvider();
        await using var harness = ClientHarness.Create(sage.BaseUrl, services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        var ids = logs.Entries.Select(e => e.EventId.Id).ToHashSet();
        Assert.Contains(1000, ids);
        Assert.Contains(1002, ids);
        Assert.Contains(1100, ids);
        Assert.Contains(1101, ids);
        Assert.Contains(1102, ids);
        Assert.Contains(1103, ids);
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain("mock-token", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientHarness.ClientSecret, e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", e.Text, StringComparison.Ordinal);
        });
    }
}
