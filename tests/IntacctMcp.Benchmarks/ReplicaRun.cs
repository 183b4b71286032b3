namespace IntacctMcp.Benchmarks;

/// <summary>One steady run of callers across the replicas.</summary>
/// <param name="Redis">Whether the replicas shared one Redis.</param>
/// <param name="Calls">Tool calls that started in the measured window.</param>
/// <param name="FailedCalls">Tool calls that failed (error result or exception), warm-up included.</param>
/// <param name="TokenRequests">Token requests the sandbox saw, warm-up included (one company: the target is 1).</param>
/// <param name="TooManyRequests">429s the sandbox answered, warm-up included (the target is 0).</param>
/// <param name="Window">Sage requests in the measured window (after the warm-up), against the budget.</param>
/// <param name="Latency">Tool-call latency of the calls in the window.</param>
internal sealed record ReplicaRun(bool Redis, long Calls, int FailedCalls, long TokenRequests, long TooManyRequests, PhaseRate Window, Latency Latency);
