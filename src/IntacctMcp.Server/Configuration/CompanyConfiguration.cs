using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Configuration;

/// <summary>Tells whether any Sage Intacct company is configured, and how to configure one when none is.</summary>
internal static class CompanyConfiguration
{
    /// <summary>The message when no company is configured and the sandbox is off.</summary>
    public const string NoCompanyMessage =
        "No Sage Intacct company is configured.\n" +
        "  Set INTACCT_CLIENT_ID, INTACCT_CLIENT_SECRET and INTACCT_USERNAME (userId@companyId), or add\n" +
        "  Intacct:Companies:<name>:ClientId / :ClientSecret / :Username to appsettings.json (or --config FILE).\n" +
        "  To try the server without a Sage account, run it on the built-in demo company: intacct-mcp --sandbox";

    /// <summary>Gets whether the configuration names at least one company (either form).</summary>
    public static bool AnyConfigured(IConfiguration configuration) =>
        configuration.GetSection("Intacct:Companies").GetChildren().Any()
        || ServerConfiguration.ShortcutVariableNames.Take(3).Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    /// <summary>Throws when no company is configured.</summary>
    /// <exception cref="ServerConfigurationException">No company is configured.</exception>
    public static void EnsureConfigured(IConfiguration configuration)
    {
        if (!AnyConfigured(configuration))
        {
            throw new ServerConfigurationException(NoCompanyMessage);
        }
    }
}
