namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the cold-start measurement (medians in milliseconds): the plain build, and the ReadyToRun build the tool package ships.</summary>
internal sealed record ColdStartResult(int Runs, double MinimalProgramMs, double ServerToToolsListMs, double Ratio, double? ReadyToRunToToolsListMs, double? ReadyToRunRatio);
