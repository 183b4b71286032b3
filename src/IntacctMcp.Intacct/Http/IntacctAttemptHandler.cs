using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Http;

/// <summary>
/// The innermost handler: one attempt under the company's circuit breaker and attempt timeout. It buffers the body
/// inside the attempt, so a connection dropped mid-body is a failed (retryable) attempt rather than a late surprise.
/// </summary>
/// <param name="logger">The logger: method, path, status, elapsed time and attempt, never headers or bodies.</param>
internal sealed class IntacctAttemptHandler(ILogger<IntacctAttemptHandler> logger) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var runtime = context.Runtime;
        var started = runtime.Time.GetTimestamp();
        try
        {
            var response = await runtime.Inner.ExecuteAsync(
                static async (state, ct) =>
                {
                    var answer = await state.Handler.SendInnerAsync(state.Request, ct);
                    try
                    {
                        await answer.Content.LoadIntoBufferAsync(ct);
                    }
                    catch
                    {
                        answer.Dispose();
                        throw;
                    }

                    return answer;
                },
                (Handler: this, Request: request),
                cancellationToken);
            logger.AttemptCompleted(runtime.Name, context.Method, context.RelativePath, (int)response.StatusCode, (long)runtime.Time.GetElapsedTime(started).TotalMilliseconds, context.Attempt);
            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.AttemptFailed(runtime.Name, context.Method, context.RelativePath, (long)runtime.Time.GetElapsedTime(started).TotalMilliseconds, context.Attempt, e.GetType().Name);
            throw;
        }
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
