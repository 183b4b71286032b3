using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

using static IntacctMcp.Server.Tests.Confirmation.ConfirmedBills;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>A write in flight on one replica holds the same write (same idempotency key) on the others until it is answered.</summary>
public sealed class WritesInFlightTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string BillRoute = "POST /objects/accounts-payable/bill";

    [Fact]
    public async Task SameBillOnTwoReplicas_TheSecondIsSentOnlyAfterTheFirstIsAnswered_OneBill()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        var writes = new Dictionary<string, string?> { ["Tools:AllowWrites"] = "true" };
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 2, redis.Settings(RedisFixture.NewPrefix(), 2), writes);
        await cluster.CallAsync(0);
        await cluster.CallAsync(1);
        sandbox.Control.SetFaults(new SandboxFaults { AddedLatency = TimeSpan.FromSeconds(2), PathPrefix = "/objects/accounts-payable/bill" });

        var first = cluster.CallAsync(0, "create_bill", Bill("IN-FLIGHT"));
        Assert.True(await Eventually.WaitUntilAsync(() => Sent(sandbox) == 1, TimeSpan.FromSeconds(10), ct), "The first write never reached the sandbox.");
        var second = cluster.CallAsync(1, "create_bill", Bill("IN-FLIGHT"));
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var sentWhileFirstInFlight = Sent(sandbox);
        var results = await Task.WhenAll(first, second);

        Assert.Equal(1, sentWhileFirstInFlight);
        Assert.Equal(2, Sent(sandbox));
        Assert.Equal(1, Bills(sandbox, "IN-FLIGHT"));
        Assert.Contains("Already posted on", Text(results[1]), StringComparison.Ordinal);
    }

    private static long Sent(SandboxServer sandbox) =>
        sandbox.Control.GetCounters().RequestsByRoute.TryGetValue(BillRoute, out var count) ? count : 0;
}
