using IntacctMcp.Intacct.Logging;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// The innermost handler: one attempt on the wire. It buffers the body inside the attempt (so inside the attempt
/// timeout and while the limiter's concurrency slot is held), so a connection dropped mid-body is a failed, retryable
/// attempt rather than a late surprise, and it logs each attempt.
/// </summary>
/// <param name="time">The clock, for the elapsed time.</param>
/// <param name="logger">The logger: method, path, status, elapsed time and attempt, never headers or bodies.</param>
internal sealed class IntacctAttemptHandler(TimeProvider time, ILogger<IntacctAttemptHandler> logger) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var attempt = ++context.Attempt;
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            logger.AttemptCompleted(context.Company, context.Method, context.RelativePath, (int)response.StatusCode, (long)time.GetElapsedTime(started).TotalMilliseconds, attempt);
            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.AttemptFailed(context.Company, context.Method, context.RelativePath, (long)time.GetElapsedTime(started).TotalMilliseconds, attempt, e.GetType().Name);
            throw;
        }
    }
}
