namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the token single-flight measurement.</summary>
internal sealed record SingleFlightResult(int ConcurrentCalls, long TokenRequests, int Errors);
