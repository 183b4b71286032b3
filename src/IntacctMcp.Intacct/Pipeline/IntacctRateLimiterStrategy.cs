using System.Threading.RateLimiting;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Logging;
using Microsoft.Extensions.Logging;
using Polly;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// The company's rate limiter as a step of its resilience pipeline: every attempt waits for the company's pause, a
/// rate token and a concurrency slot, holds the slot until its answer is read, and a 429 or 503 carrying one of Sage's
/// retry headers pauses the whole company, not just this call.
/// </summary>
/// <remarks>
/// Polly's own rate limiter strategy is built on System.Threading.RateLimiting, whose token bucket measures time with
/// <c>Stopwatch</c> and so cannot follow an injected clock; <see cref="RateLimiting.IntacctCompanyRateLimiter"/> keeps
/// the same semantics on <see cref="TimeProvider"/>. The step sits inside the retries (each retry is a request to Sage
/// and waits its turn, exactly like a first attempt) and outside the circuit breaker and attempt timeout (time spent
/// queuing is neither a Sage failure nor part of an attempt).
/// </remarks>
/// <param name="time">The clock, for HTTP-date retry headers.</param>
/// <param name="logger">The logger.</param>
internal sealed class IntacctRateLimiterStrategy(TimeProvider time, ILogger logger) : ResilienceStrategy<HttpResponseMessage>
{
    /// <inheritdoc/>
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        var request = IntacctRequestContext.Of(context.GetRequestMessage());
        RateLimitLease lease;
        try
        {
            lease = await request.Limiter.AcquireAsync(context.CancellationToken);
        }
        catch (Exception e)
        {
            // Refused by the limiter (queue full, wait budget exceeded) or cancelled: nothing was sent.
            return Outcome.FromException<HttpResponseMessage>(e);
        }

        using (lease)
        {
            var outcome = await callback(context, state);
            if (outcome.Result is { } response
                && (int)response.StatusCode is 429 or 503
                && IntacctRetryHeaders.Read(response, time.GetUtcNow()) is { } wait)
            {
                request.Limiter.Pause(wait);
                logger.CompanyPaused(request.Company, (long)wait.TotalMilliseconds, (int)response.StatusCode);
            }

            return outcome;
        }
    }
}
