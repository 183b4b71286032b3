namespace IntacctMcp.Benchmarks;

/// <summary>The client-side rate limits the server is configured with for a run.</summary>
internal sealed record ClientLimits(int RequestsPerMinute, int Burst, int MaxConcurrency)
{
    /// <summary>Limits high enough that the client never throttles (for overhead and load runs against an unlimited sandbox).</summary>
    public static ClientLimits Unthrottled { get; } = new(100_000, 10_000, 64);
}
