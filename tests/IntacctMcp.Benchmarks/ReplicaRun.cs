namespace IntacctMcp.Benchmarks;

/// <summary>One steady run of callers across the replicas.</summary>
/// <param name="Redis">Whether the replicas shared one Redis.</param>
/// <param name="Calls">Tool calls that started in the measured window.</param>
/// <param name="FailedCalls">Tool calls that failed (error result or exception), warm-up included.</param>
/// <param name="TokenRequests">Token requests the sandbox saw, warm-up included (one company: the target is 1).</param>
/// <param name="TooManyRequests">429s the sandbox answered, warm-up included (the target is 0).</param>
/// <param name="Window">Sage requests in the measured window (after the warm-up): the share of the budget used.</param>
/// <param name="Whole">Sage requests from before the first call to the end: the over-budget check (a window that starts
/// mid-run also counts requests the budget granted before it began, still on their way; this one cannot).</param>
/// <param name="Latency">Tool-call latency of the calls in the window.</param>
internal sealed record ReplicaRun(bool Redis, long Calls, int FailedCalls, long TokenRequests, long TooManyRequests, PhaseRate Window, PhaseRate Whole, Latency Latency);
