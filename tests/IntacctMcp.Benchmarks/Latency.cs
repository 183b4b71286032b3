namespace IntacctMcp.Benchmarks;

/// <summary>Median and 99th percentile of a latency distribution, in milliseconds.</summary>
internal sealed record Latency(double MedianMs, double P99Ms);
