using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Pipeline;

/// <summary>
/// Connections dropped after Sage committed: these stay on the scripted peer, which can abort a connection after
/// processing the request; WireMock.Net 1.25's faults (EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK) still answer with
/// a well-framed response, which is not a dropped connection.
/// </summary>
public sealed class IntacctDroppedConnectionTests
{
    [Fact]
    public async Task SendAsync_WriteWithoutKeyConnectionDropped_NotRetriedAndUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("POST", "/workflows/", new PeerAction { Abort = true }, times: 3);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Post, Path = "/workflows/accounts-payable/bill/submit", Body = new JsonObject { ["key"] = "1" } },
            cancellationToken: ct));

        Assert.Single(peer.ApiRequests);
    }

    [Fact]
    public async Task CreateObjectAsync_CommittedThenConnectionDropped_RetriedWithSameKeyAndExactlyOneRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("POST", "/objects/accounts-payable/bill", new PeerAction { CommitThenAbort = true });
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var created = await harness.Client.CreateObjectAsync("accounts-payable/bill", new JsonObject { ["id"] = "B-1" }, cancellationToken: ct);

        Assert.Equal(1, peer.RecordsCreated);
        Assert.Equal("B-1", created.Id);
        var posts = peer.ApiRequests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.NotNull(posts[0].Header("Idempotency-Key"));
        Assert.Equal(posts[0].Header("Idempotency-Key"), posts[1].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CreateObjectAsync_ConnectionKeepsDropping_ThrowsOutcomeUnknownNamingTheKey()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("POST", "/objects/", new PeerAction { CommitThenAbort = true }, times: 3);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<IntacctWriteOutcomeUnknownException>(() => harness.Client.CreateObjectAsync(
            "accounts-payable/bill", new JsonObject { ["id"] = "B-3" }, new IntacctRequestOptions { IdempotencyKey = "bill-B-3" }, ct));

        Assert.Equal("bill-B-3", error.IdempotencyKey);
        Assert.Contains("bill-B-3", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, peer.RecordsCreated);
        Assert.Equal(3, peer.ApiRequests.Count);
    }
}
