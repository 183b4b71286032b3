using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntacctMcp.Intacct.Resilience;

/// <summary>Builds one company's Polly pipelines: the outer one (total timeout → retry) and the inner one (circuit breaker → attempt timeout).</summary>
internal static class IntacctResiliencePipelines
{
    /// <summary>The key of the request context in the <see cref="ResilienceContext"/>.</summary>
    public static readonly ResiliencePropertyKey<IntacctRequestContext> RequestKey = new("IntacctMcp.Intacct.Request");

    /// <summary>Builds the outer pipeline: a total timeout around retries with exponential back-off and jitter.</summary>
    /// <param name="company">The company name.</param>
    /// <param name="options">The company's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> BuildOuter(string company, IntacctCompanyOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = $"Intacct:{company}:outer", TimeProvider = time }
            .AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options, time)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryDelay(args.Outcome, time)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    logger.Retrying(company, request?.Method ?? "?", request?.RelativePath ?? "?", (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode);

                    // The failed answer is not handed to anyone: release its connection now.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>Builds the inner pipeline: a per-company circuit breaker around a per-attempt timeout.</summary>
    /// <param name="company">The company name.</param>
    /// <param name="options">The company's options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> BuildInner(string company, IntacctCompanyOptions options, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { Name = $"Intacct:{company}:inner", TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.CircuitBreakDuration,
                ShouldHandle = args => new ValueTask<bool>(CountsAgainstCircuit(args.Outcome, time)),
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
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>Whether a status is worth another attempt.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <returns><see langword="true"/> for 408, 429, 502, 503 and 504.</returns>
    public static bool IsTransient(int status) => status is 408 or 429 or 502 or 503 or 504;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, IntacctCompanyOptions options, TimeProvider time)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        var retryable = request?.Retryable ?? false;
        return outcome switch
        {
            // Nothing reached the API: a token that could not be fetched is safe to retry for any call.
            { Exception: IntacctTokenUnavailableException } => true,
            { Exception: IntacctException or BrokenCircuitException } => false,
            { Exception: OperationCanceledException } when context.CancellationToken.IsCancellationRequested => false,
            { Exception: HttpRequestException or TimeoutRejectedException or IOException or OperationCanceledException } => retryable,
            { Result: { } response } => retryable
                && IsTransient((int)response.StatusCode)

                // A wait longer than the budget is not waited out: the caller gets a rate-limit error naming it.
                && !(IntacctRetryHeaders.Read(response, time.GetUtcNow()) > options.MaxQueueWait),
            _ => false,
        };
    }

    private static TimeSpan? RetryDelay(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (outcome.Result is { } response && IntacctRetryHeaders.Read(response, time.GetUtcNow()) is { } wait)
        {
            // For 429/503 the rate-limit handler has already paused the whole company until then, and every attempt
            // waits for that pause inside the limiter; waiting here as well would double the wait.
            return (int)response.StatusCode is 429 or 503 ? TimeSpan.Zero : wait;
        }

        return outcome.Exception is IntacctTokenUnavailableException { RetryAfter: { } tokenWait } ? tokenWait : null;
    }

    private static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome, TimeProvider time) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,

        // Throttling (503 with a retry header) is Sage pacing us, not Sage failing.
        { Result: { } r } => ((int)r.StatusCode >= 500 && !((int)r.StatusCode == 503 && IntacctRetryHeaders.Read(r, time.GetUtcNow()) is not null))
            || (int)r.StatusCode == 408,
        _ => false,
    };
}
