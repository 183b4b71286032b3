namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the cold-start measurement (medians in milliseconds).</summary>
internal sealed record ColdStartResult(int Runs, double MinimalProgramMs, double ServerToToolsListMs, double Ratio);
