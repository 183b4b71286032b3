using IntacctMcp.Intacct.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntacctMcp.Server.Replicas;

/// <summary>The token store of a short command (<c>login</c>, <c>logout</c>): Redis in front of the home's store when replicas share state.</summary>
internal static class ReplicaTokenStores
{
    /// <summary>Tells whether replicas share state (<c>Redis:Configuration</c> is set).</summary>
    /// <param name="configuration">The command's configuration.</param>
    /// <returns>Whether sign-ins go to Redis too.</returns>
    public static bool IsShared(IConfiguration configuration) =>
        RedisOptions.From(configuration).IsEnabled;

    /// <summary>
    /// Puts the shared store in front of <paramref name="local"/> when <c>Redis:Configuration</c> is set, so a sign-in
    /// reaches every replica at once and <c>logout</c> removes it from all of them.
    /// </summary>
    /// <param name="configuration">The command's configuration.</param>
    /// <param name="local">The home's store.</param>
    /// <returns>The store to use.</returns>
    /// <exception cref="Configuration.ServerConfigurationException">A <c>Redis</c> setting is wrong, or Redis cannot be reached.</exception>
    public static IIntacctTokenStore ForCommand(IConfiguration configuration, IIntacctTokenStore local)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(local);
        if (!IsShared(configuration))
        {
            return local;
        }

        services.AddIntacctReplicaSharing(configuration);

        // Lives as long as the command: the process ends with it.
        return services.BuildServiceProvider().GetRequiredService<IIntacctTokenStore>();
    }
}
