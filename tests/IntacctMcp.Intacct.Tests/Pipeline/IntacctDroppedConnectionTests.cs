using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Pipeline;

/// <summary>
/// Connections dropped before or after Sage committed, on <see cref="DroppingPeer"/>: WireMock.Net 1.25's faults
/// (EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK) still answer with a well-framed response, which is not a dropped connection.
/// </summary>
public sealed class IntacctDroppedConnectionTests
{
    [Fact]
    public async Task SendAsync_WriteWithoutKeyConnectionDropped_NotRetriedAndUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await DroppingPeer.StartAsync(drops: 3, commit: false, """{"ia::result":{"key":"1"}}""", ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Post, Path = "/workflows/accounts-payable/bill/submit", Body = new JsonObject { ["key"] = "1" } },
            cancellationToken: ct));

        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task CreateObjectAsync_CommittedThenConnectionDropped_RetriedWithSameKeyAndExactlyOneRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await DroppingPeer.StartAsync(drops: 1, commit: true, """{"ia::result":{"key":"100","id":"B-1","href":"/objects/accounts-payable/bill/100"}}""", ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var created = await harness.Client.CreateObjectAsync("accounts-payable/bill", new JsonObject { ["id"] = "B-1" }, cancellationToken: ct);

        Assert.Equal(1, peer.RecordsCreated);
        Assert.Equal("B-1", created.Id);
        var posts = peer.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.NotNull(posts[0].IdempotencyKey);
        Assert.Equal(posts[0].IdempotencyKey, posts[1].IdempotencyKey);
    }

    [Fact]
    public async Task CreateObjectAsync_ConnectionKeepsDropping_ThrowsOutcomeUnknownNamingTheKey()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await DroppingPeer.StartAsync(drops: 3, commit: true, """{"ia::result":{"key":"100","id":"B-3"}}""", ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<IntacctWriteOutcomeUnknownException>(() => harness.Client.CreateObjectAsync(
            "accounts-payable/bill", new JsonObject { ["id"] = "B-3" }, new IntacctRequestOptions { IdempotencyKey = "bill-B-3" }, ct));

        Assert.Equal("bill-B-3", error.IdempotencyKey);
        Assert.Contains("bill-B-3", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, peer.RecordsCreated);
        Assert.Equal(3, peer.Requests.Count);
    }
}
