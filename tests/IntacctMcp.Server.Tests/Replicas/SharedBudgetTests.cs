using System.Globalization;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;
using StackExchange.Redis;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>One request budget per company across replicas: its bucket, and Sage's pauses, are shared.</summary>
/// <remarks>The sandbox enforces exactly the company's budget, so any replica overspending it shows as a 429 there.</remarks>
public sealed class SharedBudgetTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const int RequestsPerMinute = 240;
    private const int Burst = 4;

    // Sage's bucket a notch above the configured one: requests granted on the bucket's exact schedule arrive with
    // network jitter, and a budget configured at exactly Sage's would then trip it now and then.
    private const int Slack = 2;

    [Fact]
    public async Task ThreeReplicasAtFullSpeed_WithRedis_NeverOverspendTheBudget()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await LimitedSandboxAsync();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, redis.Settings(RedisFixture.NewPrefix(), 3), Budget());

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => cluster.CallAsync(i % 3)));

        var counters = sandbox.Control.GetCounters();
        Assert.Equal(0, counters.RateLimited);
        Assert.Equal(1, counters.TokenRequests);
        Assert.True(counters.ApiRequests >= 24, $"{counters.ApiRequests} API requests");
    }

    [Fact]
    public async Task ThreeReplicasAtFullSpeed_WithoutRedis_EachSpendsTheWholeBudget_SageAnswers429()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await LimitedSandboxAsync();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, shared: null, Budget());

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => cluster.CallAsync(i % 3)));

        Assert.True(sandbox.Control.GetCounters().RateLimited > 0, "Three separate budgets should have overspent the company's one.");
    }

    [Fact]
    public async Task SagePausesTheCompanyOnOneReplica_TheOtherReplicasWaitToo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        var prefix = RedisFixture.NewPrefix();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 2, redis.Settings(prefix, 2));
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Redis.Endpoint);
        await cluster.CallAsync(0);
        await cluster.CallAsync(1);
        sandbox.Control.SetFaults(new SandboxFaults { RateLimitStorm = 1, RetryAfterSeconds = 3 });

        // Replica 0 meets the 429; once it has told Redis (a request already on its way cannot be called back), replica 1 calls.
        var paused = cluster.CallAsync(0);
        Assert.True(
            await Eventually.WaitUntilAsync(_ => connection.GetDatabase().KeyExistsAsync($"{prefix}:pause:demo"), TimeSpan.FromSeconds(10), ct),
            "The pause never reached Redis.");
        var sentBefore = sandbox.Control.GetCounters().ApiRequests;
        var other = cluster.CallAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var sentDuringPause = sandbox.Control.GetCounters().ApiRequests - sentBefore;
        await Task.WhenAll(paused, other);

        Assert.Equal(0, sentDuringPause);
        Assert.Equal(1, sandbox.Control.GetCounters().RateLimited);
    }

    private static async Task<SandboxServer> LimitedSandboxAsync() =>
        await SandboxServer.StartAsync(
            new SandboxOptions { RateLimitEnabled = true, RequestsPerMinute = RequestsPerMinute, Burst = Burst + Slack, MaxConcurrentRequests = 64 },
            TestContext.Current.CancellationToken);

    private static Dictionary<string, string?> Budget() => new()
    {
        ["Intacct:Companies:demo:RequestsPerMinute"] = RequestsPerMinute.ToString(CultureInfo.InvariantCulture),
        ["Intacct:Companies:demo:Burst"] = Burst.ToString(CultureInfo.InvariantCulture),
    };
}
