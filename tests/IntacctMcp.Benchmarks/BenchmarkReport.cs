namespace IntacctMcp.Benchmarks;

/// <summary>Every figure of one run, as written to <c>artifacts/benchmarks/</c>.</summary>
internal sealed record BenchmarkReport(
    MachineInfo Machine,
    bool Quick,
    DateTimeOffset TakenAt,
    OverheadResult Overhead,
    SingleFlightResult SingleFlight,
    RateLimitResult RateLimit,
    ColdStartResult ColdStart,
    IReadOnlyList<ToolsetCost> Toolsets,
    IReadOnlyList<QuestionCost> Questions,
    LoadResult Load,
    ReplicasResult Replicas)
{

    /// <summary>Gets what the acceptance criteria require of every run, as failures; empty when all hold.</summary>
    public IReadOnlyList<string> Violations()
    {
        var violations = new List<string>();
        if (SingleFlight.TokenRequests != 1)
        {
            violations.Add($"token single-flight: {SingleFlight.TokenRequests} token requests for {SingleFlight.ConcurrentCalls} concurrent calls (must be 1)");
        }

        if (SingleFlight.Errors != 0)
        {
            violations.Add($"token single-flight: {SingleFlight.Errors} calls failed");
        }

        if (RateLimit.TooManyRequests != 0 || RateLimit.Errors != 0)
        {
            violations.Add($"rate-limit run: {RateLimit.TooManyRequests} 429s and {RateLimit.Errors} errors (must be 0)");
        }

        if (Load.Errors != 0)
        {
            violations.Add($"HTTP load: {Load.Errors} errors (must be 0)");
        }

        violations.AddRange(Replicas.Violations(Quick));
        violations.AddRange(Questions.Where(q => q.IsError).Select(q => $"question {q.Question} ({q.Tool}) returned an error"));
        return violations;
    }
}
