namespace IntacctMcp.Benchmarks;

/// <summary>What answering one product-brief question cost.</summary>
internal sealed record QuestionCost(int Question, string Tool, long SageRequests, long SageResponseBytes, int ResultBytes, bool IsError);
