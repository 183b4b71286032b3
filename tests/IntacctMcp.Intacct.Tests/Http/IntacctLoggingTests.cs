using System.Text.Json.Nodes;
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
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        peer.Script("GET", "/objects/", PeerAction.Json(503, "{}"));
        var logs = new CapturingLoggerProvider();
        await using var harness = ClientHarness.Create(peer.BaseUrl, services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);
        peer.RevokeTokens();
        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);
        peer.ScriptToken(PeerAction.Json(401, """{"error":"invalid_client","error_description":"Invalid client credentials"}"""));
        peer.RevokeTokens();
        await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct));

        var ids = logs.Entries.Select(e => e.EventId.Id).ToHashSet();
        Assert.Contains(1000, ids);
        Assert.Contains(1002, ids);
        Assert.Contains(1100, ids);
        Assert.Contains(1101, ids);
        Assert.Contains(1102, ids);
        Assert.Contains(1103, ids);
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain("peer-token", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(SagePeer.ClientSecret, e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", e.Text, StringComparison.Ordinal);
        });
    }
}
