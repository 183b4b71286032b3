using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Http;

/// <summary>
/// Waits for the company's limiter (pause → rate → concurrency slot) before each attempt and holds the slot until the
/// answer is read. A 429 or 503 carrying a retry header pauses the whole company, not just this call.
/// </summary>
/// <remarks>
/// This handler sits inside the retry handler on purpose: each retry attempt is a request to Sage and must respect
/// the rate, the concurrency cap and any pause, exactly like a first attempt.
/// </remarks>
/// <param name="logger">The logger.</param>
internal sealed class IntacctRateLimitHandler(ILogger<IntacctRateLimitHandler> logger) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var runtime = context.Runtime;
        using var lease = await runtime.Limiter.AcquireAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 429 or 503 && IntacctRetryHeaders.Read(response, runtime.Time.GetUtcNow()) is { } wait)
        {
            runtime.Limiter.Pause(wait);
            logger.CompanyPaused(runtime.Name, (long)wait.TotalMilliseconds, status);
        }

        return response;
    }
}
