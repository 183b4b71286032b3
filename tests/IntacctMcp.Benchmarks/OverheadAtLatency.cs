namespace IntacctMcp.Benchmarks;

/// <summary>The same overhead measurement with a fixed latency added to every sandbox answer, as a real Sage call has.</summary>
internal sealed record OverheadAtLatency(double AddedLatencyMs, int Calls, Latency Direct, Latency Stdio, Latency Http, double StdioRatio, double HttpRatio);
