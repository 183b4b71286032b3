using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Sharing;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntacctMcp.Server.Replicas;

/// <summary>Turns on state shared by replicas when <c>Redis:Configuration</c> is set; does nothing otherwise.</summary>
internal static class ReplicaServiceCollectionExtensions
{
    /// <summary>
    /// Connects to Redis (refusing to start when it cannot) and shares through it each company's token, request
    /// bucket, pauses and write locks (<see cref="IIntacctSharedState"/>, <see cref="IIntacctTokenStore"/>) and the
    /// DataProtection key ring. Call after the token store is registered and before the Intacct tools.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The server configuration.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ServerConfigurationException">A <c>Redis</c> setting is wrong, or Redis cannot be reached.</exception>
    public static IServiceCollection AddIntacctReplicaSharing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = RedisOptions.From(configuration);
        if (!options.IsEnabled)
        {
            return services;
        }

        Check(options);
        var keys = new RedisKeys(options.KeyPrefix.Trim());
        var certificate = RedisKeyRing.LoadCertificate(options);
        var redis = RedisConnection.Connect(options);

        services.AddIntacctSecretRedaction();

        // A factory, so that the container disposes the connection when the host stops.
        services.AddSingleton(_ => redis);
        services.AddSingleton(options);
        services.AddSingleton(keys);
        RedisKeyRing.Add(services, redis, keys, certificate);
        services.RemoveAll<IIntacctSharedState>();
        services.AddSingleton<RedisSharedState>();
        services.AddSingleton<IIntacctSharedState>(sp => sp.GetRequiredService<RedisSharedState>());
        services.AddHostedService<RedisSubscription>();

        // The replica's own store (on disk for stdio, sign-ins only over HTTP) stays behind the shared one.
        var local = services.LastOrDefault(d => d.ServiceType == typeof(IIntacctTokenStore));
        services.RemoveAll<IIntacctTokenStore>();
        services.AddSingleton<IIntacctTokenStore>(sp => new RedisTokenStore(
            sp.GetRequiredService<RedisSharedState>(),
            keys,
            sp.GetRequiredService<IDataProtectionProvider>(),
            local is null ? new NonPersistentTokenStore(sp.GetRequiredService<ISecretRegistry>()) : Resolve(sp, local),
            sp.GetRequiredService<ISecretRegistry>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static void Check(RedisOptions options)
    {
        if (options.Replicas < 1)
        {
            throw new ServerConfigurationException($"Redis:Replicas is {options.Replicas}; set it to the number of replicas that share the Sage budget (1 or more).");
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix) || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            throw new ServerConfigurationException("Redis:KeyPrefix must be a non-empty name without spaces (one per deployment, e.g. intacct-mcp-prod).");
        }
    }

    private static IIntacctTokenStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IIntacctTokenStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
