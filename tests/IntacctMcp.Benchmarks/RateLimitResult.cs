namespace IntacctMcp.Benchmarks;

/// <summary>Figures of the rate-limit use measurement.</summary>
internal sealed record RateLimitResult(
    int LimitPerMinute, int MaxConcurrency, int Callers, double Seconds, long SageRequests,
    double AchievedPerSecond, double RatioOfLimit, long TooManyRequests, int Errors);
