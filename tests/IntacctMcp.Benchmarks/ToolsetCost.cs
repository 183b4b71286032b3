namespace IntacctMcp.Benchmarks;

/// <summary>The size of one <c>tools/list</c> answer (≈ tokens at 4 bytes per token).</summary>
internal sealed record ToolsetCost(string Toolset, int Tools, int Bytes, int ApproxTokens);
