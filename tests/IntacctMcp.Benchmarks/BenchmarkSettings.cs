namespace IntacctMcp.Benchmarks;

/// <summary>How much each measurement does: the full run, or <c>--quick</c> (under a minute, for the test that keeps the harness alive).</summary>
internal sealed record BenchmarkSettings(
    bool Quick,
    int OverheadCalls,
    int WarmupCalls,
    int SingleFlightCalls,
    TimeSpan RateLimitDuration,
    int RateLimitCallers,
    int ColdStartRuns,
    int LoadClients,
    int LoadCallsPerClient,
    TimeSpan ReplicasDuration,
    TimeSpan OutagePhase)
{
    public static BenchmarkSettings Full { get; } = new(false, 500, 30, 200, TimeSpan.FromSeconds(30), 16, 10, 50, 200, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));

    public static BenchmarkSettings QuickRun { get; } = new(true, 40, 5, 200, TimeSpan.FromSeconds(4), 16, 2, 10, 10, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(3));
}
