using System.Security.Cryptography.X509Certificates;
using IntacctMcp.Benchmarks;
using StackExchange.Redis;
using Xunit;

namespace IntacctMcp.Server.Tests.Benchmarks;

/// <summary>The real redis-server the Redis tests and the replicas benchmark share: it starts, answers, stops (an outage), comes back empty, and dies on dispose.</summary>
public sealed class RedisServerProcessTests
{
    [Fact]
    public async Task Redis_AnswersOnItsLoopbackPort_StopsForAnOutage_ComesBackEmptyOnTheSamePort_AndDiesOnDispose()
    {
        var ct = TestContext.Current.CancellationToken;
        var redis = await RedisServerProcess.StartAsync(ct);
        try
        {
            Assert.Equal($"127.0.0.1:{redis.Port}", redis.Endpoint);
            Assert.Equal("v", await SetThenGetAsync(redis.Endpoint, "k", "v"));

            await redis.StopAsync();
            Assert.False(redis.IsRunning);
            await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectAsync(redis.Endpoint));

            await redis.StartAgainAsync(ct);
            Assert.True(redis.IsRunning);
            await using (var again = await ConnectAsync(redis.Endpoint))
            {
                Assert.False((await again.GetDatabase().StringGetAsync("k")).HasValue); // nothing is persisted
            }
        }
        finally
        {
            await redis.DisposeAsync();
        }

        Assert.False(redis.IsRunning);
        await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectAsync(redis.Endpoint));
    }

    [Fact]
    public void KeyRingCertificate_IsAPfxWithItsPrivateKey_OpenedWithItsPassword()
    {
        var folder = Directory.CreateTempSubdirectory("intacct-mcp-keyring-");
        try
        {
            var path = KeyRingCertificateFile.Create(folder.FullName, "pfx-password");

            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, "pfx-password");
            Assert.True(certificate.HasPrivateKey);
            Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => X509CertificateLoader.LoadPkcs12FromFile(path, "wrong"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string?> SetThenGetAsync(string endpoint, string key, string value)
    {
        await using var connection = await ConnectAsync(endpoint);
        var database = connection.GetDatabase();
        await database.StringSetAsync(key, value);
        return await database.StringGetAsync(key);
    }

    private static Task<ConnectionMultiplexer> ConnectAsync(string endpoint) => ConnectionMultiplexer.ConnectAsync(
        new ConfigurationOptions { EndPoints = { endpoint }, AbortOnConnectFail = true, ConnectTimeout = 2000, ConnectRetry = 0 });
}
