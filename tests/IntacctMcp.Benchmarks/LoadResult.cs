namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the HTTP load measurement (memory in MiB, resident set of the server process).</summary>
internal sealed record LoadResult(
    int Clients, int CallsPerClient, double CallsPerSecond, double MedianMs, double P99Ms, int Errors,
    long MemoryBeforeMiB, long MemoryAfterMiB, long MemoryAfterSecondRoundMiB);
