namespace IntacctMcp.Benchmarks;

/// <summary>Sage requests in one time window, from the sandbox's counters sampled at its boundaries.</summary>
/// <param name="Seconds">The window's length.</param>
/// <param name="Sent">Requests the replicas sent (answered or refused with 429).</param>
/// <param name="Accepted">Requests the sandbox answered (sent minus 429s).</param>
/// <param name="AcceptedRatioOfBudget">Accepted requests per second ÷ the budget per second (the target is ≥ 0.95 with Redis).</param>
/// <param name="Allowed">What the budget allows in the window: budget per second × seconds + the burst.</param>
internal sealed record PhaseRate(double Seconds, long Sent, long Accepted, double AcceptedRatioOfBudget, long Allowed)
{
    /// <summary>Gets whether the replicas together sent more than the budget allows.</summary>
    public bool OverBudget => Sent > Allowed;

    /// <summary>Computes the figures of a window from the counters at its start and end.</summary>
    public static PhaseRate Between(Sandbox.SandboxCounters start, Sandbox.SandboxCounters end, double seconds, ClientLimits budget)
    {
        var sent = end.ApiRequests - start.ApiRequests;
        var accepted = sent - (end.RateLimited - start.RateLimited);
        var perSecond = budget.RequestsPerMinute / 60.0;
        return new PhaseRate(
            Math.Round(seconds, 1),
            sent,
            accepted,
            Math.Round(accepted / seconds / perSecond, 3),
            (long)Math.Floor((perSecond * seconds) + budget.Burst));
    }
}
