namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the tool-call overhead measurement.</summary>
internal sealed record OverheadResult(int Calls, Latency Direct, Latency Stdio, Latency Http, double StdioRatio, double HttpRatio);
