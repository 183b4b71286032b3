using IntacctMcp.Sandbox;
using Xunit;

using static IntacctMcp.Server.Tests.Confirmation.ConfirmedBills;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>The DataProtection key ring in Redis: what one replica sealed, another of the same deployment opens.</summary>
public sealed class SharedKeyRingTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ConfirmationTokenFromOneReplica_PostsOnAnotherOfTheSameDeployment_NotOfAnother(bool sameDeployment)
    {
        var ct = TestContext.Current.CancellationToken;
        var number = "RING-" + sameDeployment;
        var prefix = RedisFixture.NewPrefix();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        var writes = new Dictionary<string, string?> { ["Tools:AllowWrites"] = "true", ["Tools:ConfirmWrites"] = "true" };
        await using var first = await ReplicaCluster.StartAsync(sandbox, 1, redis.Settings(prefix, 2), writes, protocol: "2025-11-25");
        await using var second = await ReplicaCluster.StartAsync(sandbox, 1, redis.Settings(sameDeployment ? prefix : RedisFixture.NewPrefix(), 2), writes, protocol: "2025-11-25");

        var preview = await first.CallAsync(0, "create_bill", Bill(number));
        var token = preview.StructuredContent!.Value.GetProperty("confirmationToken").GetString();
        var posted = await second.Clients[0].CallToolAsync("create_bill", new Dictionary<string, object?>(Bill(number)) { ["confirmationToken"] = token }, cancellationToken: ct);

        Assert.Equal(!sameDeployment, posted.IsError == true);
        Assert.Equal(sameDeployment ? 1 : 0, Bills(sandbox, number));
    }
}
