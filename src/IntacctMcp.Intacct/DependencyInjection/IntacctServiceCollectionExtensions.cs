using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Pipeline;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Sage Intacct client.</summary>
public static class IntacctServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IIntacctClientProvider"/> with the companies of the <c>Intacct</c> section plus the
    /// single-company shortcut of the <c>INTACCT_*</c> keys (environment variables) of the same configuration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIntacctClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IntacctOptions>().Bind(configuration.GetSection(IntacctOptions.SectionName));

        // Registered after the section binding, so the environment describes the company as it is now.
        services.AddSingleton<IConfigureOptions<IntacctOptions>>(new IntacctEnvironmentShortcut(configuration));
        return services.AddIntacctClientCore();
    }

    /// <summary>Registers <see cref="IIntacctClientProvider"/> with companies configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the companies.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIntacctClient(this IServiceCollection services, Action<IntacctOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IntacctOptions>().Configure(configure);
        return services.AddIntacctClientCore();
    }

    private static IServiceCollection AddIntacctClientCore(this IServiceCollection services)
    {
        services.AddOptions<IntacctOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<IntacctOptions>, IntacctOptionsPostConfigure>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntacctOptions>, IntacctOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIntacctTokenStore, NullTokenStore>();
        services.TryAddSingleton<IIntacctSharedState, LocalSharedState>();
        services.TryAddSingleton<IIntacctClientProvider, IntacctClientProvider>();

        // The HTTP clients are registered once, however often AddIntacctClient is called.
        if (services.Any(d => d.ServiceType == typeof(IntacctAuthHandler)))
        {
            return services;
        }

        services.AddTransient<IntacctAuthHandler>();
        services.AddTransient<IntacctAttemptHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<TelemetryOptions>, IntacctPipelineTelemetry>());

        // One named client for every company, composed here and only here. Companies are configuration data (the
        // server adds them from its credential store), so the resilience handler keeps one pipeline per company,
        // selected by the company name the request carries: each company has its own circuit breaker, limiter and
        // pause, and all companies share the connection pool to Sage. Outside in: total timeout → retry → token
        // refresh → rate limiter → circuit breaker → attempt timeout (IntacctPipeline), then auth → the attempt.
        var api = services.AddHttpClient(IntacctHttpClientNames.Api, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        api.AddResilienceHandler(IntacctPipeline.Name, IntacctPipeline.Configure)
            .SelectPipelineBy(IntacctPipeline.SelectByCompany);
        api.AddHttpMessageHandler<IntacctAuthHandler>()
            .AddHttpMessageHandler<IntacctAttemptHandler>();
        services.AddHttpClient(IntacctHttpClientNames.Token, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        return services;
    }

    // No redirects (a redirect could carry the bearer token elsewhere, and Sage's 303s are handled by the client) and no cookies.
    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
