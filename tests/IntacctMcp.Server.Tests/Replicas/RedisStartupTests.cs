using IntacctMcp.Benchmarks;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Hosting;
using IntacctMcp.Server.Http;
using IntacctMcp.Server.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>Redis settings fail closed at start, with one line naming the setting and never a password.</summary>
public sealed class RedisStartupTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task RedisUnreachableAtStart_ProcessRefusesWithOneLineNamingRedisConfiguration()
    {
        var environment = new Dictionary<string, string?>(ServerProcess.FakeCompanyEnvironment)
        {
            ["INTACCT_MCP_Redis__KeyRingCertificate"] = redis.Certificate,
            ["INTACCT_MCP_Redis__KeyRingCertificatePassword"] = "test-key-ring",
        };

        var (exitCode, output, error) = await ServerProcess.RunAsync(["http", "--redis", $"127.0.0.1:{LoopbackPort.Free()},password=hunter2-not-shown"], environment);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Redis:Configuration", line, StringComparison.Ordinal);
        Assert.Contains("cannot reach Redis", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redis:KeyRingCertificate", null, "Redis:KeyRingCertificate is not set")]
    [InlineData("Redis:KeyRingCertificate", "/nonexistent/key-ring.pfx", "Redis:KeyRingCertificate '/nonexistent/key-ring.pfx' cannot be read")]
    [InlineData("Redis:KeyRingCertificatePassword", "wrong", "wrong Redis:KeyRingCertificatePassword")]
    [InlineData("Redis:Replicas", "0", "Redis:Replicas is 0")]
    [InlineData("Redis:KeyPrefix", "two words", "Redis:KeyPrefix must be")]
    public void BadRedisSetting_RefusesToStart_NamingIt(string setting, string? value, string expected)
    {
        var settings = redis.Settings(RedisFixture.NewPrefix(), 2);
        settings[setting] = value;
        settings["Http:Urls"] = "http://127.0.0.1:0";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var error = Assert.Throws<ServerConfigurationException>(() => HttpServerHost.Build(configuration, new ServerCustomization()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
