using IntacctMcp.Server.Tests.Reliability.Harness;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>Redis lost while running: calls go on within each replica's share of the budget; sharing resumes when it is back.</summary>
public sealed class RedisOutageTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task RedisKilled_CallsKeepWorkingWithinTheBudget_ThenSharedAgainWhenItReturns()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = RedisFixture.NewPrefix();
        await using var sandbox = await CompanyBudget.StartSandboxAsync();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 2, redis.Settings(prefix, 2), CompanyBudget.Settings);
        await cluster.CallAsync(0);
        await cluster.CallAsync(1);

        await redis.Redis.StopAsync();
        try
        {
            // Each replica keeps to half the budget; a token Sage rejects meanwhile is fetched by each on its own.
            await Task.WhenAll(Enumerable.Range(0, 16).Select(i => cluster.CallAsync(i % 2)));
            sandbox.Control.ExpireTokens();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => cluster.CallAsync(i % 2)));
        }
        finally
        {
            await redis.Redis.StartAgainAsync(ct);
        }

        var duringOutage = sandbox.Control.GetCounters();
        var reconnected = await Eventually.WaitUntilAsync(
            () => cluster.Services.All(s => s.GetRequiredService<IConnectionMultiplexer>().IsConnected),
            TimeSpan.FromSeconds(30),
            ct);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => cluster.CallAsync(i % 2)));

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Redis.Endpoint);
        Assert.True(reconnected, "The replicas never reconnected to Redis.");
        Assert.Equal(0, duringOutage.RateLimited);
        Assert.Equal(3, duringOutage.TokenRequests);
        Assert.Equal(0, sandbox.Control.GetCounters().RateLimited);
        Assert.True(await connection.GetDatabase().KeyExistsAsync($"{prefix}:rate:demo"), "The shared bucket was not used again after Redis came back.");
    }
}
