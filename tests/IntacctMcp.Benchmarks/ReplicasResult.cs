namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the replicas scenario: three HTTP replicas, one company budget, with Redis, without it, and through a Redis outage.</summary>
/// <param name="Replicas">Server replicas (each configured with the whole budget and <c>Redis:Replicas</c>).</param>
/// <param name="Callers">Callers spread round-robin across the replicas.</param>
/// <param name="BudgetPerMinute">The company's budget: the sandbox's limit and every replica's <c>RequestsPerMinute</c>.</param>
/// <param name="Burst">Every replica's <c>Burst</c>: what the budget allows at once (the over-budget check uses it).</param>
/// <param name="SandboxBurst">The sandbox's bucket size (three times <paramref name="Burst"/>: room for scheduling jitter, not for more requests).</param>
/// <param name="MaxConcurrencyPerReplica">Each replica's <c>MaxConcurrency</c>; concurrency is not shared through Redis.</param>
/// <param name="SandboxMaxConcurrent">The sandbox's in-flight cap: replicas × their concurrency, so only the rate can refuse.</param>
/// <param name="WithRedis">All replicas on one Redis.</param>
/// <param name="WithoutRedis">The same run with each replica alone.</param>
/// <param name="Outage">With Redis, killed for a while in the middle of the run.</param>
internal sealed record ReplicasResult(
    int Replicas, int Callers, int BudgetPerMinute, int Burst, int SandboxBurst, int MaxConcurrencyPerReplica, int SandboxMaxConcurrent,
    ReplicaRun WithRedis, ReplicaRun WithoutRedis, OutageRun Outage)
{
    /// <summary>The share of the budget the replicas on one Redis must use (full run only: a few seconds of --quick on a shared machine are too noisy).</summary>
    public const double MinimumRatio = 0.95;

    /// <summary>Gets what the issue requires of the replicas scenario, as failures; empty when all hold.</summary>
    /// <param name="quick">Whether this was a --quick run (the share of the budget is not judged then).</param>
    public IEnumerable<string> Violations(bool quick)
    {
        var redis = WithRedis;
        if (redis.TokenRequests != 1)
        {
            yield return $"replicas on Redis: {redis.TokenRequests} token requests for one company (must be 1)";
        }

        if (redis.TooManyRequests != 0 || redis.FailedCalls != 0)
        {
            yield return $"replicas on Redis: {redis.TooManyRequests} 429s and {redis.FailedCalls} failed calls (must be 0)";
        }

        if (redis.Whole.OverBudget)
        {
            yield return $"replicas on Redis: sent {redis.Whole.Sent} Sage requests in {redis.Whole.Seconds} s, the budget allows {redis.Whole.Allowed}";
        }

        if (!quick && redis.Window.AcceptedRatioOfBudget < MinimumRatio)
        {
            yield return $"replicas on Redis: used {redis.Window.AcceptedRatioOfBudget} of the budget (must be ≥ {MinimumRatio})";
        }

        var outage = Outage;
        if (outage.FailedCalls != 0)
        {
            yield return $"Redis outage: {outage.FailedCalls} failed calls (must be 0)";
        }

        // A quick run's 3 s window after the restart is mostly the second or so the replicas take to reconnect: judged on full runs.
        if (!quick && outage.After.OverBudget)
        {
            yield return $"Redis outage: after Redis came back the replicas sent {outage.After.Sent} Sage requests in {outage.After.Seconds} s, the budget allows {outage.After.Allowed}";
        }
    }
}
