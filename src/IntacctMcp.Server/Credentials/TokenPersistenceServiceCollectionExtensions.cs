using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Server.Credentials;

/// <summary>Turns on encrypted token persistence.</summary>
internal static class TokenPersistenceServiceCollectionExtensions
{
    /// <summary>The configuration key that switches token persistence (<see langword="true"/> by default for stdio).</summary>
    public const string PersistTokensKey = "Store:PersistTokens";

    /// <summary>
    /// Replaces the <see cref="IIntacctTokenStore"/> registration with <see cref="DataProtectionTokenStore"/>, which keeps
    /// each company's access token encrypted in <c>&lt;home&gt;/tokens</c>. Call before or after <c>AddIntacctClient</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="homeOverride">The store folder; <see langword="null"/> resolves it from <c>Store:Path</c> of the
    /// registered <see cref="IConfiguration"/>, else <c>INTACCT_MCP_HOME</c>, else the platform default.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIntacctTokenPersistence(this IServiceCollection services, string? homeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIntacctSecretRedaction();
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IIntacctTokenStore>();
        services.AddSingleton<IIntacctTokenStore>(sp => CreateStore(sp, homeOverride));
        return services;
    }

    private static DataProtectionTokenStore CreateStore(IServiceProvider sp, string? homeOverride)
    {
        var home = IntacctMcpHome.Resolve(homeOverride ?? sp.GetService<IConfiguration>()?[IntacctMcpHome.ConfigurationKey]);
        return new DataProtectionTokenStore(
            new CredentialProtection(home),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ISecretRegistry>(),
            sp.GetRequiredService<ILogger<DataProtectionTokenStore>>());
    }

    /// <summary>
    /// Registers the token store the configuration asks for: <see cref="DataProtectionTokenStore"/> when
    /// <c>Store:PersistTokens</c> (default <paramref name="persistByDefault"/>) is on, else a store that keeps no Web Services
    /// token but still reads and writes regular users' sign-ins (<c>intacct-mcp login</c>) in the encrypted store; both
    /// register every token with the secret redactor. This is the one call a host makes.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The server configuration.</param>
    /// <param name="persistByDefault"><see langword="true"/> for stdio (restarted often), <see langword="false"/> for HTTP.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIntacctTokenStore(this IServiceCollection services, IConfiguration configuration, bool persistByDefault)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (IsTokenPersistenceEnabled(configuration, persistByDefault))
        {
            return services.AddIntacctTokenPersistence(configuration[IntacctMcpHome.ConfigurationKey]);
        }

        services.AddIntacctSecretRedaction();
        services.RemoveAll<IIntacctTokenStore>();
        var homeOverride = configuration[IntacctMcpHome.ConfigurationKey];
        services.AddSingleton<IIntacctTokenStore>(sp => new NonPersistentTokenStore(
            sp.GetRequiredService<ISecretRegistry>(),
            CreateStore(sp, homeOverride)));
        return services;
    }

    /// <summary>Tells whether token persistence is on: <c>Store:PersistTokens</c>, else <paramref name="defaultValue"/>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="defaultValue">The default (<see langword="true"/> for stdio).</param>
    /// <returns>Whether to call <see cref="AddIntacctTokenPersistence"/>.</returns>
    public static bool IsTokenPersistenceEnabled(IConfiguration configuration, bool defaultValue)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[PersistTokensKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        return bool.TryParse(value.Trim(), out var enabled)
            ? enabled
            : throw new IntacctConfigurationException($"{PersistTokensKey} is '{value}'; set it to true or false.");
    }
}
