using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>One access token per company for all replicas: fetched once, and dropped by all when Sage rejects it.</summary>
public sealed class SharedTokenTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task ThreeReplicasCalledAtOnce_WithRedis_OneTokenRequest_WithoutRedis_Three()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);

        var shared = await TokenRequestsAsync(sandbox, redis.Settings(RedisFixture.NewPrefix(), 3));
        var alone = await TokenRequestsAsync(sandbox, null);

        Assert.Equal(1, shared);
        Assert.Equal(3, alone);
    }

    [Fact]
    public async Task TokenRejectedOnOneReplica_EveryReplicaDropsIt_AndAllUseOneNewToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, redis.Settings(RedisFixture.NewPrefix(), 3));
        for (var i = 0; i < 3; i++)
        {
            await cluster.CallAsync(i);
        }

        var first = cluster.CachedToken(0);
        sandbox.Control.ExpireTokens();
        await cluster.CallAsync(0);
        var dropped = await Eventually.WaitUntilAsync(() => cluster.CachedToken(1) is null && cluster.CachedToken(2) is null, TimeSpan.FromSeconds(10), ct);
        await cluster.CallAsync(1);
        await cluster.CallAsync(2);

        Assert.NotNull(first);
        Assert.True(dropped, "Replicas 1 and 2 still hold the token Sage rejected on replica 0.");
        Assert.Equal(2, sandbox.Control.GetCounters().TokenRequests);
        Assert.NotEqual(first, cluster.CachedToken(0));
        Assert.Equal(cluster.CachedToken(0), cluster.CachedToken(1));
        Assert.Equal(cluster.CachedToken(0), cluster.CachedToken(2));
    }

    private static async Task<long> TokenRequestsAsync(SandboxServer sandbox, Dictionary<string, string?>? shared)
    {
        sandbox.Control.ResetCounters();
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 3, shared);
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => cluster.CallAsync(i % 3)));
        return sandbox.Control.GetCounters().TokenRequests;
    }
}
