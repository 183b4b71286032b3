using IntacctMcp.Sandbox;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// Writes (<c>create_bill</c>) through the real server under every fault kind: records created equal the writes
/// reported successful, no duplicates, no silent losses; an unknown outcome says so and names its idempotency key.
/// </summary>
public sealed class WriteFaultTests(WriteFaultFixture fixture) : FaultFreeTests<WriteFaultFixture>(fixture), IClassFixture<WriteFaultFixture>
{
    private const int Writes = 3;

    [Fact]
    public async Task Write_RateLimitStormThatClears_EachBillCreatedOnce()
    {
        var tally = await WriteScenario.RunAsync(Fixture, "429 storm, 2 × Retry-After 1 s", Writes, _ => Fault(new SandboxFaults { RateLimitStorm = 2, RetryAfterSeconds = 1 }));
        Assert.Equal(Writes, tally.ReportedCreated);
    }

    [Fact]
    public async Task Write_RateLimitStormThatLasts_NothingWrittenAndSaysSo() =>
        AssertNothingCreated(await WriteScenario.RunAsync(Fixture, "429 storm that outlasts the retries", Writes, _ => Fault(new SandboxFaults { RateLimitStorm = 100_000, RetryAfterSeconds = 1 })));

    [Fact]
    public async Task Write_ServerErrorBurst_NoDuplicatesNoLosses() =>
        await WriteScenario.RunAsync(Fixture, "5xx burst, 2 × 503", Writes, _ => Fault(new SandboxFaults { ServerErrors = 2, ServerErrorStatus = 503 }));

    [Fact]
    public async Task Write_ServerErrorsThatLast_NothingWrittenAndSaysSo() =>
        AssertNothingCreated(await WriteScenario.RunAsync(Fixture, "5xx that outlast the retries (500)", Writes, _ => Fault(new SandboxFaults { ServerErrors = 100_000, ServerErrorStatus = 500 })));

    [Fact]
    public async Task Write_ConnectionDroppedBeforeCommit_NoDuplicatesNoLosses() =>
        await WriteScenario.RunAsync(Fixture, "2 connections dropped before the write", Writes, _ => Fault(new SandboxFaults { DropConnections = 2 }));

    [Fact]
    public async Task Write_ConnectionDroppedAfterCommit_RetriedWithSameKeyCreatedOnce() =>
        await WriteScenario.RunAsync(Fixture, "commit, then the answer dropped (once)", Writes, _ => Fault(new SandboxFaults { DropConnections = 1, ApplyToWritesAfterCommit = true }));

    [Fact]
    public async Task Write_ConcurrentWritesWithAnswersDroppedAfterCommit_EachBillCreatedOnce()
    {
        var tally = await WriteScenario.RunAsync(Fixture, "6 concurrent writes, 3 answers dropped after commit", 6, _ => Fault(new SandboxFaults { DropConnections = 3, ApplyToWritesAfterCommit = true }), concurrent: true);
        Assert.Equal(6, tally.ReportedCreated);
    }

    [Fact]
    public async Task Write_ConcurrentWritesDuringRateLimitStorm_EachBillCreatedOnce()
    {
        var tally = await WriteScenario.RunAsync(Fixture, "6 concurrent writes in a 429 storm (4 × Retry-After 1 s)", 6, _ => Fault(new SandboxFaults { RateLimitStorm = 4, RetryAfterSeconds = 1 }), concurrent: true);
        Assert.Equal(6, tally.ReportedCreated);
    }

    [Fact]
    public async Task Write_EveryAnswerDroppedAfterCommit_UnknownOutcomeNamesKey()
    {
        var tally = await WriteScenario.RunAsync(Fixture, "commit, then every answer dropped", Writes, _ => Fault(new SandboxFaults { DropConnections = 100_000, ApplyToWritesAfterCommit = true }));
        Assert.Equal(0, tally.ReportedCreated);
        Assert.Equal(Writes, tally.UnknownOutcome);
    }

    [Fact]
    public async Task Write_LatencyBeyondAttemptTimeout_NoDuplicatesNoLosses() =>
        await WriteScenario.RunAsync(Fixture, "latency 1.5 s > attempt timeout 1 s on writes", Writes, _ => Fault(new SandboxFaults { AddedLatency = TimeSpan.FromMilliseconds(1500) }));

    [Fact]
    public async Task Write_TokenExpiredBeforeEachWrite_EachBillCreatedOnce()
    {
        var tally = await WriteScenario.RunAsync(Fixture, "token expired before each write (401 GW-0040)", Writes, _ => Fixture.Sandbox.Control.ExpireTokens(Fixture.Company.CompanyId));
        Assert.Equal(Writes, tally.ReportedCreated);
    }

    [Fact]
    public async Task Write_TokenEndpointFailingForAWhile_NoDuplicatesNoLosses() =>
        await WriteScenario.RunAsync(Fixture, "token expired and token endpoint failing twice", Writes, _ =>
        {
            Fixture.Sandbox.Control.ExpireTokens(Fixture.Company.CompanyId);
            Fixture.SetFaults(new SandboxFaults { TokenEndpointFailures = 2 });
        });

    private static void AssertNothingCreated(Figures.WriteTally tally)
    {
        Assert.Equal(0, tally.ReportedCreated);
        Assert.Equal(0, tally.RecordsCreated);
    }

    private void Fault(SandboxFaults faults) => Fixture.SetFaults(faults with { PathPrefix = WriteScenario.BillRoute });
}
