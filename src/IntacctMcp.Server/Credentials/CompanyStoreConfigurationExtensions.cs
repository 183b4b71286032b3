using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Credentials;

/// <summary>Adds the encrypted company store to a configuration.</summary>
internal static class CompanyStoreConfigurationExtensions
{
    /// <summary>
    /// Inserts the encrypted company store as the FIRST source, i.e. the lowest precedence: command line &gt; environment
    /// &gt; configuration files &gt; encrypted store.
    /// </summary>
    /// <param name="builder">The configuration builder (e.g. <c>builder.Configuration</c> of a host).</param>
    /// <param name="homeOverride">The store folder; when <see langword="null"/>, <c>Store:Path</c> of the sources added so
    /// far (if the builder is also a configuration, as <see cref="ConfigurationManager"/> is), else
    /// <c>INTACCT_MCP_HOME</c>, else the platform default.</param>
    /// <returns>The builder.</returns>
    public static IConfigurationBuilder AddIntacctCompanyStore(this IConfigurationBuilder builder, string? homeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = homeOverride ?? (builder as IConfiguration)?[IntacctMcpHome.ConfigurationKey];
        var source = new CompanyStoreConfigurationSource(IntacctMcpHome.Resolve(configured));
        builder.Sources.Insert(0, source);
        return builder;
    }
}
