using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Http;

public sealed class IntacctResilienceTests
{
    private const string Unavailable = """{"ia::result":{"ia::error":{"code":"operationFailed","message":"Service unavailable","errorId":"GW-0010","supportId":"s503"}}}""";

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetObjectAsync_TransientStatusTwice_RetriedUntilSuccess(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        peer.Script("GET", "/objects/", PeerAction.Json(status, Unavailable), times: 2);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(3, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_500_NotRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("GET", "/objects/", PeerAction.Json(500, Unavailable));
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Single(peer.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_503BeyondRetries_ThrowsServerErrorWithSageMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("GET", "/objects/", PeerAction.Json(503, Unavailable), times: 3);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Equal(3, peer.ApiRequests.Count);
        Assert.Contains("Service unavailable (errorId GW-0010, supportId s503)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_Transient503_RetriedBecauseQueryIsARead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.QueryRows = [new JsonObject { ["id"] = "B1" }];
        peer.Script("POST", "/services/core/query", PeerAction.Json(503, Unavailable));
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var page = await harness.Client.QueryAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"] }, cancellationToken: ct);

        Assert.Single(page.Items);
        Assert.Equal(2, peer.ApiRequests.Count);
    }

    [Theory]
    [InlineData("POST", "/workflows/accounts-payable/bill/submit")]
    [InlineData("DELETE", "/services/core/thing")]
    [InlineData("PATCH", "/services/core/thing")]
    public async Task SendAsync_WriteWithoutIdempotencyKey_NotRetried(string method, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script(method, path, PeerAction.Json(503, Unavailable), times: 3);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.SendAsync(
            new IntacctRawRequest { Method = new HttpMethod(method), Path = path, Body = new JsonObject { ["key"] = "1" } },
            cancellationToken: ct));

        var sent = Assert.Single(peer.ApiRequests);
        Assert.Null(sent.Header("Idempotency-Key"));
    }

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
    public async Task SendAsync_WriteWithCallersKey_Retried()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("POST", "/workflows/", PeerAction.Json(503, Unavailable));
        peer.Script("POST", "/workflows/", PeerAction.Json(200, """{"ia::result":{"key":"1"}}"""));
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var response = await harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Post, Path = "/workflows/accounts-payable/bill/submit", Body = new JsonObject { ["key"] = "1" } },
            new IntacctRequestOptions { IdempotencyKey = "submit-1" },
            ct);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["submit-1", "submit-1"], peer.ApiRequests.Select(r => r.Header("Idempotency-Key")));
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
    public async Task CreateObjectAsync_503ThenSuccess_OneRecordAndCallersKeyUsed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("POST", "/objects/", PeerAction.Json(503, Unavailable));
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        await harness.Client.CreateObjectAsync("accounts-payable/bill", new JsonObject { ["id"] = "B-2" }, new IntacctRequestOptions { IdempotencyKey = "bill-B-2" }, ct);

        Assert.Equal(1, peer.RecordsCreated);
        Assert.Equal(["bill-B-2", "bill-B-2"], peer.ApiRequests.Select(r => r.Header("Idempotency-Key")));
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

    [Fact]
    public async Task GetObjectAsync_AttemptTimesOut_RetriedThenUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.Script("GET", "/objects/", new PeerAction { HoldUntil = release.Task }, times: 2);
        try
        {
            await using var harness = ClientHarness.Create(peer.BaseUrl, o =>
            {
                o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
                o.MaxRetries = 1;
            });

            var error = await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

            Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
            Assert.Equal(2, peer.ApiRequests.Count);
        }
        finally
        {
            release.SetResult();
        }
    }

    [Fact]
    public async Task GetObjectAsync_RepeatedServerErrors_CircuitOpensAndFailsFastWithoutSending()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Script("GET", "/objects/", PeerAction.Json(500, Unavailable), times: 2);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o =>
        {
            o.MaxRetries = 0;
            o.CircuitMinimumThroughput = 2;
            o.CircuitFailureRatio = 0.5;
            o.CircuitBreakDuration = TimeSpan.FromMinutes(1);
        });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));
        }

        var error = await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Contains("circuit open", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, peer.ApiRequests.Count);
    }
}
