namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the tool-call overhead measurement: at the sandbox's own speed, and with Sage-like latency added at the sandbox.</summary>
internal sealed record OverheadResult(int Calls, Latency Direct, Latency Stdio, Latency Http, double StdioRatio, double HttpRatio, double StdioAddedMs, double HttpAddedMs, OverheadAtLatency AtSageLatency);
