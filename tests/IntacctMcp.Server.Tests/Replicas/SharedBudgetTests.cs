using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;
using StackExchange.Redis;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>One request budget per company across replicas: its bucket, and Sage's pauses, are shared.</summary>
/// <remarks>The sandbox enforces exactly the company's budget, so any replica overspending it shows as a 429 there.</remarks>
public sealed class SharedBudgetTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task ThreeReplicasAtFullSpeed_WithRedis_NeverOverspendTheBudget()
    {
        await using var sandbox = await CompanyBudget.StartSandboxAsync();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, redis.Settings(RedisFixture.NewPrefix(), 3), CompanyBudget.Settings);

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => cluster.CallAsync(i % 3)));

        var counters = sandbox.Control.GetCounters();
        Assert.Equal(0, counters.RateLimited);
        Assert.Equal(1, counters.TokenRequests);
        Assert.True(counters.ApiRequests >= 24, $"{counters.ApiRequests} API requests");
    }

    [Fact]
    public async Task ThreeReplicasAtFullSpeed_WithoutRedis_EachSpendsTheWholeBudget_SageAnswers429()
    {
        await using var sandbox = await CompanyBudget.StartSandboxAsync();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, shared: null, CompanyBudget.Settings);

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
}
