using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// Composes one company's resilience pipeline for the shared API client's <c>AddResilienceHandler</c>. Outside in:
/// total timeout → retry (back-off with jitter) → token refresh (once) → rate limiter → circuit breaker → attempt
/// timeout; then, as plain handlers inside it, auth (bearer token) and the attempt itself (buffered, logged).
/// </summary>
/// <remarks>
/// <para>
/// There is one pipeline per company, selected by the company name the request carries (<see cref="SelectByCompany"/>),
/// so companies keep separate circuit breakers; their limiters and pauses are per company too. Pipelines are built
/// on a company's first request and kept for the life of the service provider.
/// </para>
/// <para>
/// A pipeline reads its company's options from the same <see cref="IOptions{TOptions}"/> snapshot the company's
/// client was built from, so the two can never disagree. Companies from the credential store arrive through
/// configuration before the clients are built, like any other; a changed company takes effect on restart, which is
/// also when its token and limiter are rebuilt. Reloading only the pipeline would reset a company's circuit breaker
/// while leaving the rest of it stale, so reloads are deliberately not enabled.
/// </para>
/// </remarks>
internal static class IntacctPipeline
{
    /// <summary>The pipeline's name in resilience telemetry (with the company as the instance name).</summary>
    public const string Name = "intacct";

    /// <summary>Selects the pipeline of the company that sent the request (a configured name, never a secret).</summary>
    /// <param name="services">The service provider (unused: the key rides on the request).</param>
    /// <returns>The key selector.</returns>
    /// <remarks>
    /// The resilience package calls the selector once with a bare request when the handler is created; that request
    /// (like any not built by the client) gets the empty key, whose pipeline is never built (no company has that name).
    /// </remarks>
    public static Func<HttpRequestMessage, string> SelectByCompany(IServiceProvider services) =>
        static request => request.Options.TryGetValue(IntacctRequestContext.Key, out var context) ? context.Company : string.Empty;

    /// <summary>Builds the pipeline of the company named by <see cref="ResilienceHandlerContext.InstanceName"/>.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="context">The handler context: the service provider and the company name.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var company = context.InstanceName;
        var options = context.ServiceProvider.GetRequiredService<IOptions<IntacctOptions>>().Value.Companies.TryGetValue(company, out var found)
            ? found
            : throw new InvalidOperationException($"The Sage Intacct company '{company}' is not configured.");
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntacctPipeline));

        // Every delay, timeout and break duration of the pipeline runs on the injected clock.
        builder.TimeProvider = time;
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "IntacctTotalTimeout", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(IntacctRetry.Create(company, options, time, logger));
        }

        builder
            .AddRetry(IntacctTokenRefresh.Create(company, logger))
            .AddStrategy(_ => new IntacctRateLimiterStrategy(time, logger))
            .AddCircuitBreaker(IntacctCircuitBreaker.Create(company, options, time, logger))
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "IntacctAttemptTimeout", Timeout = options.AttemptTimeout });
    }
}
