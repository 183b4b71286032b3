using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Logging;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>The company's retry strategy: exponential back-off with jitter on transient answers, for calls a retry cannot double.</summary>
/// <remarks>
/// A retry is safe for reads (GET, HEAD), for the query service (a POST that reads) and for writes that carry an
/// <c>Idempotency-Key</c> (Sage answers a replay from its cache instead of writing twice); any call may retry a token
/// that could not be fetched, because nothing reached the API. A write without a key is never retried: a dropped
/// connection may have hidden a commit.
/// </remarks>
internal static class IntacctRetry
{
    /// <summary>The most one back-off may last; Sage's own retry headers are honoured by the limiter's pause instead.</summary>
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Whether a status is worth another attempt.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <returns><see langword="true"/> for 408, 429, 502, 503 and 504.</returns>
    public static bool IsTransient(int status) => status is 408 or 429 or 502 or 503 or 504;

    /// <summary>Creates the retry options of one company.</summary>
    /// <param name="company">The company name.</param>
    /// <param name="options">The company's options.</param>
    /// <param name="time">The clock, for HTTP-date retry headers.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The options (not the standard handler's: those retry 500 and every method).</returns>
    public static HttpRetryStrategyOptions Create(string company, IntacctCompanyOptions options, TimeProvider time, ILogger logger) => new()
    {
        Name = "IntacctRetry",
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = MaxBackoff,
        ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options, time)),
        DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.Outcome, time)),
        OnRetry = args =>
        {
            var request = IntacctRequestContext.Of(args.Context.GetRequestMessage());
            logger.Retrying(company, request.Method, request.RelativePath, (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode);

            // The failed answer is not handed to anyone: release its connection now.
            args.Outcome.Result?.Dispose();
            return ValueTask.CompletedTask;
        },
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, IntacctCompanyOptions options, TimeProvider time)
    {
        var retryable = IntacctRequestContext.Of(context.GetRequestMessage()).Retryable;
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

    private static TimeSpan? Delay(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (outcome.Result is { } response && IntacctRetryHeaders.Read(response, time.GetUtcNow()) is { } wait)
        {
            // For 429/503 the limiter has already paused the whole company until then, and every attempt waits for
            // that pause inside the limiter; waiting here as well would double the wait.
            return (int)response.StatusCode is 429 or 503 ? TimeSpan.Zero : wait;
        }

        // Null: the exponential back-off with jitter.
        return outcome.Exception is IntacctTokenUnavailableException { RetryAfter: { } tokenWait } ? tokenWait : null;
    }
}
