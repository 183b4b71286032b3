using IntacctMcp.Sandbox;
using StackExchange.Redis;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>What replicas leave in Redis: only prefixed keys, and no secret in plain text.</summary>
public sealed class RedisContentTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task AfterCalls_EveryKeyHasThePrefix_AndNoValueHoldsATokenSecretOrKeyMaterial()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = RedisFixture.NewPrefix();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 2, redis.Settings(prefix, 2));
        await cluster.CallAsync(0);
        await cluster.CallAsync(1);
        var token = cluster.CachedToken(0)!;

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Redis.Endpoint);
        var server = connection.GetServer(redis.Redis.Endpoint);
        var db = connection.GetDatabase();
        var keys = server.Keys(pattern: prefix + ":*").ToList();
        List<string> values = [];
        foreach (var key in keys)
        {
            values.AddRange(await db.KeyTypeAsync(key) switch
            {
                RedisType.String => [(string)(await db.StringGetAsync(key))!],
                RedisType.List => (await db.ListRangeAsync(key)).Select(v => (string)v!),
                RedisType.Hash => (await db.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}"),
                var other => [$"unexpected type {other}"],
            });
        }

        Assert.Contains(keys, k => k == $"{prefix}:token:demo");
        Assert.Contains(keys, k => k == $"{prefix}:rate:demo");
        Assert.Contains(keys, k => k == $"{prefix}:dataprotection-keys");
        Assert.All(values, v => Assert.DoesNotContain(token, v, StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain(SandboxDemo.ClientSecret, v, StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain("unexpected type", v, StringComparison.Ordinal));

        // A DataProtection key written in plain text carries <masterKey><value>…; encrypted, only <encryptedSecret>.
        var ring = Assert.Single(values, v => v.Contains("<key id=", StringComparison.Ordinal));
        Assert.Contains("<encryptedSecret", ring, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
    }
}
