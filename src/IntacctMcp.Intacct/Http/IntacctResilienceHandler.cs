using IntacctMcp.Intacct.Resilience;
using Polly;

namespace IntacctMcp.Intacct.Http;

/// <summary>
/// The outermost handler: the company's total timeout and retries. Everything inside it (auth, rate limiter,
/// circuit breaker, attempt timeout) runs again for each attempt, so every retry gets a valid token and waits its
/// turn in the company's limiter and for any company-wide pause.
/// </summary>
internal sealed class IntacctResilienceHandler : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var resilienceContext = ResilienceContextPool.Shared.Get(cancellationToken);
        resilienceContext.Properties.Set(IntacctResiliencePipelines.RequestKey, context);
        try
        {
            return await context.Runtime.Outer.ExecuteAsync(
                static async (rc, state) =>
                {
                    state.Context.Attempt++;
                    return await state.Handler.SendAttemptAsync(state.Request, rc.CancellationToken);
                },
                resilienceContext,
                (Handler: this, Request: request, Context: context));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
