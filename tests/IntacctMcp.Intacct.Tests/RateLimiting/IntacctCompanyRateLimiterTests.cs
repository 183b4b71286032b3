using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.RateLimiting;

public sealed class IntacctCompanyRateLimiterTests
{
    private const string Vendor = "accounts-payable/vendor";

    [Fact]
    public async Task GetObjectAsync_OverRequestRate_WaitsForReplenishmentInsteadOfFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o =>
        {
            o.RequestsPerMinute = 60;
            o.Burst = 2;
        }, time);

        await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);
        await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);
        var third = harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.QueuedCount == 1, "the third call queues for a rate token");

        Assert.False(third.IsCompleted);
        Assert.Equal(2, peer.ApiRequests.Count);
        time.Advance(TimeSpan.FromSeconds(1));
        await third;
        Assert.Equal(3, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_OverConcurrencyCap_QueuesAndNeverExceedsCap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.Script("GET", "/objects/", new PeerAction { HoldUntil = release.Task }, times: 6);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxConcurrency = 2);
        await harness.Runtime.Tokens.GetTokenAsync(ct);

        var calls = Enumerable.Range(0, 6).Select(_ => harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct)).ToArray();
        Eventually.True(() => peer.InFlight == 2 && harness.Runtime.Limiter.QueuedCount == 4, "two calls in flight and four queued");

        Assert.Equal(2, peer.ApiRequests.Count);
        release.SetResult();
        await Task.WhenAll(calls);
        Assert.Equal(6, peer.ApiRequests.Count);
        Assert.Equal(2, peer.MaxInFlight);
    }

    [Fact]
    public async Task GetObjectAsync_QueuedCalls_SentInArrivalOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var keys = Enumerable.Range(0, 4).Select(i => peer.Seed(Vendor, new JsonObject { ["id"] = $"V{i}" })).ToArray();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.Script("GET", $"/objects/{Vendor}/{keys[0]}", new PeerAction { HoldUntil = release.Task });
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxConcurrency = 1);
        await harness.Runtime.Tokens.GetTokenAsync(ct);

        var calls = new List<Task<JsonObject>> { harness.Client.GetObjectAsync(Vendor, keys[0], cancellationToken: ct) };
        Eventually.True(() => peer.InFlight == 1, "the first call holds the only slot");
        for (var i = 1; i < keys.Length; i++)
        {
            calls.Add(harness.Client.GetObjectAsync(Vendor, keys[i], cancellationToken: ct));
            var queued = i;
            Eventually.True(() => harness.Runtime.Limiter.QueuedCount == queued, $"call {i} queued");
        }

        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(keys.Select(k => $"/objects/{Vendor}/{k}"), peer.ApiRequests.Select(r => r.Path));
    }

    [Fact]
    public async Task GetObjectAsync_WaitBeyondBudget_ThrowsQueueTimeoutAndSendsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o =>
        {
            o.RequestsPerMinute = 1;
            o.Burst = 1;
            o.MaxQueueWait = TimeSpan.FromSeconds(5);
        }, time);
        await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);

        var second = harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.QueuedCount == 1, "the second call queues");
        time.Advance(TimeSpan.FromSeconds(6));

        var error = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => second);
        Assert.Equal("acme", error.Company);
        Assert.Contains("MaxQueueWait", error.Message, StringComparison.Ordinal);
        Assert.Single(peer.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_QueueFull_ThrowsQueueTimeoutImmediately()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        await using var harness = ClientHarness.Create(peer.BaseUrl, o =>
        {
            o.RequestsPerMinute = 1;
            o.Burst = 1;
            o.MaxQueueLength = 0;
        }, new FakeTimeProvider(ClientHarness.Start));
        await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);

        var error = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct));

        Assert.Contains("MaxQueueLength", error.Message, StringComparison.Ordinal);
        Assert.Single(peer.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_503WithRetryHeader_AlsoPausesCompany()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        peer.Script("GET", "/objects/", PeerAction.Json(503, "{}", ("X-IA-Throttle-Limit-RetryAfter", "2")));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, time: time);

        var call = harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.PauseWaiters == 1, "the retry waits for the pause");

        Assert.NotNull(harness.Runtime.Limiter.PausedUntil);
        time.Advance(TimeSpan.FromSeconds(2));
        await call;
        Assert.Equal(2, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_429AskingLongerThanBudget_ThrowsRateLimitWithRetryAfterAndLaterCallsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed(Vendor, new JsonObject { ["id"] = "V1" });
        peer.Script("GET", "/objects/", PeerAction.Json(429, """{"error":{"code":"GW-0010","message":"Hourly limit reached","supportId":"s429"}}""", ("X-IA-Hour-Rate-Limit-Retry-After", "3600")));
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxQueueWait = TimeSpan.FromMinutes(2), new FakeTimeProvider(ClientHarness.Start));

        var error = await Assert.ThrowsAsync<IntacctRateLimitException>(() => harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct));
        var refused = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Contains("Hourly limit reached", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.Equal(TimeSpan.FromHours(1), refused.Wait);
        Assert.Single(peer.ApiRequests);
    }
}
