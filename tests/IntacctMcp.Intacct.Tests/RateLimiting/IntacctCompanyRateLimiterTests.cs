using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.RateLimiting;

public sealed class IntacctCompanyRateLimiterTests
{
    private const string Vendor = "accounts-payable/vendor";
    private const string VendorPath = "/objects/" + Vendor + "/1";
    private const string VendorBody = """{"ia::result":{"key":"1","id":"V1"}}""";

    [Fact]
    public async Task GetObjectAsync_OverRequestRate_WaitsForReplenishmentInsteadOfFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", VendorPath, SageMock.Json(200, VendorBody));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            o.RequestsPerMinute = 60;
            o.Burst = 2;
        }, time);

        await harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);
        await harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);
        var third = harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.QueuedCount == 1, "the third call queues for a rate token");

        Assert.False(third.IsCompleted);
        Assert.Equal(2, sage.ApiRequests.Count);
        time.Advance(TimeSpan.FromSeconds(1));
        await third;
        Assert.Equal(3, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_OverConcurrencyCap_QueuesAndNeverExceedsCap()
    {
        var ct = TestContext.Current.CancellationToken;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (arrived, inFlight, maxInFlight) = (0, 0, 0);
        using var sage = SageMock.Start();
        sage.Always("GET", VendorPath, SageMock.Held(
            async () =>
            {
                Interlocked.Increment(ref arrived);
                var now = Interlocked.Increment(ref inFlight);
                lock (release)
                {
                    maxInFlight = Math.Max(maxInFlight, now);
                }

                await release.Task;
                Interlocked.Decrement(ref inFlight);
            },
            200,
            VendorBody));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxConcurrency = 2);
        await harness.Runtime.Tokens.GetTokenAsync(ct);

        var calls = Enumerable.Range(0, 6).Select(_ => harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct)).ToArray();
        Eventually.True(() => Volatile.Read(ref inFlight) == 2 && harness.Runtime.Limiter.QueuedCount == 4, "two calls in flight and four queued");

        // WireMock logs a request once answered, so arrivals are counted where they are held.
        Assert.Equal(2, Volatile.Read(ref arrived));
        release.SetResult();
        await Task.WhenAll(calls);
        Assert.Equal(6, sage.ApiRequests.Count);
        Assert.Equal(2, maxInFlight);
    }

    [Fact]
    public async Task GetObjectAsync_QueuedCalls_SentInArrivalOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        string[] keys = ["1", "2", "3", "4"];
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = 0;
        using var sage = SageMock.Start();
        sage.Always("GET", $"/objects/{Vendor}/1", SageMock.Held(
            async () =>
            {
                Interlocked.Exchange(ref firstArrived, 1);
                await release.Task;
            },
            200,
            VendorBody));
        foreach (var key in keys[1..])
        {
            sage.Always("GET", $"/objects/{Vendor}/{key}", SageMock.Json(200, VendorBody));
        }

        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxConcurrency = 1);
        await harness.Runtime.Tokens.GetTokenAsync(ct);

        var calls = new List<Task<JsonObject>> { harness.Client.GetObjectAsync(Vendor, keys[0], cancellationToken: ct) };
        Eventually.True(() => Volatile.Read(ref firstArrived) == 1, "the first call holds the only slot");
        for (var i = 1; i < keys.Length; i++)
        {
            calls.Add(harness.Client.GetObjectAsync(Vendor, keys[i], cancellationToken: ct));
            var queued = i;
            Eventually.True(() => harness.Runtime.Limiter.QueuedCount == queued, $"call {i} queued");
        }

        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(keys.Select(k => $"/objects/{Vendor}/{k}"), sage.ApiRequests.Select(SageMock.ApiPath));
    }

    [Fact]
    public async Task GetObjectAsync_WaitBeyondBudget_ThrowsQueueTimeoutAndSendsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", VendorPath, SageMock.Json(200, VendorBody));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            o.RequestsPerMinute = 1;
            o.Burst = 1;
            o.MaxQueueWait = TimeSpan.FromSeconds(5);
        }, time);
        await harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);

        var second = harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.QueuedCount == 1, "the second call queues");
        time.Advance(TimeSpan.FromSeconds(6));

        var error = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => second);
        Assert.Equal("acme", error.Company);
        Assert.Contains("MaxQueueWait", error.Message, StringComparison.Ordinal);
        Assert.Single(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_QueueFull_ThrowsQueueTimeoutImmediately()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", VendorPath, SageMock.Json(200, VendorBody));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            o.RequestsPerMinute = 1;
            o.Burst = 1;
            o.MaxQueueLength = 0;
        }, new FakeTimeProvider(ClientHarness.Start));
        await harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);

        var error = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct));

        Assert.Contains("MaxQueueLength", error.Message, StringComparison.Ordinal);
        Assert.Single(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_503WithRetryHeader_AlsoPausesCompany()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", VendorPath, SageMock.Json(503, "{}", ("X-IA-Throttle-Limit-RetryAfter", "2")), SageMock.Json(200, VendorBody));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, time: time);

        var call = harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.PauseWaiters == 1, "the retry waits for the pause");

        Assert.NotNull(harness.Runtime.Limiter.PausedUntil);
        time.Advance(TimeSpan.FromSeconds(2));
        await call;
        Assert.Equal(2, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_429AskingLongerThanBudget_ThrowsRateLimitWithRetryAfterAndLaterCallsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", VendorPath, SageMock.Json(429, """{"error":{"code":"GW-0010","message":"Hourly limit reached","supportId":"s429"}}""", ("X-IA-Hour-Rate-Limit-Retry-After", "3600")), SageMock.Json(200, VendorBody));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxQueueWait = TimeSpan.FromMinutes(2), new FakeTimeProvider(ClientHarness.Start));

        var error = await Assert.ThrowsAsync<IntacctRateLimitException>(() => harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct));
        var refused = await Assert.ThrowsAsync<IntacctQueueTimeoutException>(() => harness.Client.GetObjectAsync(Vendor, "1", cancellationToken: ct));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Contains("Hourly limit reached", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.Equal(TimeSpan.FromHours(1), refused.Wait);
        Assert.Single(sage.ApiRequests);
    }
}
