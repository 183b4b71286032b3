using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Logging;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>The company's circuit breaker: when Sage keeps failing for one company, its calls fail fast without sending.</summary>
/// <remarks>
/// Only Sage failing counts (5xx, 408, transport errors and attempt timeouts). Throttling (429, or 503 with a retry
/// header) is Sage pacing us, not failing, and is handled by the limiter's pause; 4xx answers are the caller's.
/// </remarks>
internal static class IntacctCircuitBreaker
{
    private static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>Creates the circuit breaker options of one company.</summary>
    /// <param name="company">The company name.</param>
    /// <param name="options">The company's options.</param>
    /// <param name="time">The clock, for HTTP-date retry headers.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The options.</returns>
    public static HttpCircuitBreakerStrategyOptions Create(string company, IntacctCompanyOptions options, TimeProvider time, ILogger logger) => new()
    {
        Name = "IntacctCircuitBreaker",
        FailureRatio = options.CircuitFailureRatio,
        MinimumThroughput = options.CircuitMinimumThroughput,
        SamplingDuration = SamplingDuration,
        BreakDuration = options.CircuitBreakDuration,
        ShouldHandle = args => new ValueTask<bool>(CountsAsFailure(args.Outcome, time)),
        OnOpened = args =>
        {
            logger.CircuitOpened(company, (long)args.BreakDuration.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
        OnClosed = _ =>
        {
            logger.CircuitClosed(company);
            return ValueTask.CompletedTask;
        },
    };

    private static bool CountsAsFailure(Outcome<HttpResponseMessage> outcome, TimeProvider time) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result: { } r } => ((int)r.StatusCode >= 500 && !((int)r.StatusCode == 503 && IntacctRetryHeaders.Read(r, time.GetUtcNow()) is not null))
            || (int)r.StatusCode == 408,
        _ => false,
    };
}
