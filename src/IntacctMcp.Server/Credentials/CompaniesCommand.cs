using System.Text;
using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace IntacctMcp.Server.Credentials;

/// <summary><c>intacct-mcp companies</c>: lists the configured companies and where each setting comes from, never a secret.</summary>
/// <remarks>
/// Reads the full configuration (every source, the encrypted store included) and, for each company and setting, walks
/// the providers from the last (highest precedence) to the first to name the source that wins. Secrets and client IDs
/// show only as "set" or "missing".
/// </remarks>
internal static class CompaniesCommand
{
    // The single-company shortcut of desktop configs (the client library reads the same names).
    private const string ShortcutClientId = "INTACCT_CLIENT_ID";
    private const string ShortcutClientSecret = "INTACCT_CLIENT_SECRET";
    private const string ShortcutUsername = "INTACCT_USERNAME";
    private const string ShortcutEntityId = "INTACCT_ENTITY_ID";
    private const string ShortcutBaseUrl = "INTACCT_BASE_URL";
    private const string ShortcutCompanyName = "INTACCT_COMPANY_NAME";

    private static readonly string[] Settings =
    [
        nameof(IntacctCompanyOptions.Flow), nameof(IntacctCompanyOptions.Username), nameof(IntacctCompanyOptions.EntityId), nameof(IntacctCompanyOptions.BaseUrl),
        nameof(IntacctCompanyOptions.ClientId), nameof(IntacctCompanyOptions.ClientSecret), nameof(IntacctCompanyOptions.RequestsPerMinute),
        nameof(IntacctCompanyOptions.Burst), nameof(IntacctCompanyOptions.MaxConcurrency),
    ];

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>companies</c> (none are accepted).</param>
    /// <param name="configuration">The full server configuration (an <see cref="IConfigurationRoot"/>, to name sources).</param>
    /// <param name="stdout">Standard output (the list).</param>
    /// <param name="stderr">Standard error (usage errors).</param>
    /// <param name="cancellationToken">Unused; for a uniform command signature.</param>
    /// <returns>The exit code: 0, or 2 for unexpected arguments.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Count > 0)
        {
            await stderr.WriteLineAsync($"intacct-mcp companies: unexpected argument '{args[0]}'. Usage: intacct-mcp companies");
            return 2;
        }

        var home = IntacctMcpHome.Resolve(configuration);
        var names = CompanyNamesIn(configuration);
        var text = new StringBuilder();
        text.Append("Encrypted store: ").AppendLine(home.CompaniesFile);
        if (names.Count == 0)
        {
            text.AppendLine("No companies are configured. Add one with: intacct-mcp configure --company NAME --client-id ID --username user@company");
        }

        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AppendCompany(text, configuration, name);
        }

        await stdout.WriteAsync(text.ToString());
        return 0;
    }

    private static List<string> CompanyNamesIn(IConfiguration configuration)
    {
        var names = configuration.GetSection($"{IntacctOptions.SectionName}:{nameof(IntacctOptions.Companies)}").GetChildren()
            .Select(c => c.Key)
            .ToList();
        if (ShortcutName(configuration) is { } shortcut && !names.Contains(shortcut, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(shortcut);
        }

        return names;
    }

    private static string? ShortcutName(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ShortcutClientId]) && string.IsNullOrWhiteSpace(configuration[ShortcutClientSecret])
            && string.IsNullOrWhiteSpace(configuration[ShortcutUsername]))
        {
            return null;
        }

        return configuration[ShortcutCompanyName] is { Length: > 0 } name ? name.Trim() : "default";
    }

    private static void AppendCompany(StringBuilder text, IConfiguration configuration, string name)
    {
        var isShortcut = string.Equals(ShortcutName(configuration), name, StringComparison.OrdinalIgnoreCase);
        var defaultCompany = configuration[$"{IntacctOptions.SectionName}:{nameof(IntacctOptions.DefaultCompany)}"];
        text.AppendLine();
        text.Append(name);
        if (string.Equals(defaultCompany, name, StringComparison.OrdinalIgnoreCase))
        {
            text.Append(" (default company)");
        }

        text.AppendLine();
        var signIn = string.Equals(Find(configuration, name, nameof(IntacctCompanyOptions.Flow), isShortcut)?.Value?.Trim(), IntacctFlows.AuthorizationCode, StringComparison.OrdinalIgnoreCase);
        foreach (var setting in Settings)
        {
            var found = Find(configuration, name, setting, isShortcut);
            var shown = signIn ? ShowForSignIn(setting, found?.Value) ?? Show(setting, found?.Value) : Show(setting, found?.Value);
            text.Append("  ").Append(Label(setting).PadRight(22)).Append(shown).Append("  ")
                .AppendLine(found is { } f ? $"[{f.Source}]" : "[default]");
        }
    }

    private static (string Value, string Source)? Find(IConfiguration configuration, string company, string setting, bool isShortcut)
    {
        if (isShortcut && ShortcutKey(setting) is { } shortcutKey && ConfigurationSourceNames.FindWinner(configuration, shortcutKey) is { } fromShortcut
            && !string.IsNullOrWhiteSpace(fromShortcut.Value))
        {
            // The server copies these variables into an in-memory source under their own names.
            var source = fromShortcut.Provider is MemoryConfigurationProvider ? "environment" : ConfigurationSourceNames.Describe(fromShortcut.Provider);
            return (fromShortcut.Value, $"{source} {shortcutKey}");
        }

        var key = ConfigurationPath.Combine(IntacctOptions.SectionName, nameof(IntacctOptions.Companies), company, setting);
        return ConfigurationSourceNames.FindWinner(configuration, key) is { } winner && !string.IsNullOrWhiteSpace(winner.Value)
            ? (winner.Value, ConfigurationSourceNames.Describe(winner.Provider))
            : null;
    }

    private static string? ShortcutKey(string setting) => setting switch
    {
        nameof(IntacctCompanyOptions.ClientId) => ShortcutClientId,
        nameof(IntacctCompanyOptions.ClientSecret) => ShortcutClientSecret,
        nameof(IntacctCompanyOptions.Username) => ShortcutUsername,
        nameof(IntacctCompanyOptions.EntityId) => ShortcutEntityId,
        nameof(IntacctCompanyOptions.BaseUrl) => ShortcutBaseUrl,
        _ => null,
    };

    private static string Label(string setting) => setting switch
    {
        nameof(IntacctCompanyOptions.Flow) => "Flow",
        nameof(IntacctCompanyOptions.Username) => "Company ID (username)",
        nameof(IntacctCompanyOptions.EntityId) => "Entity",
        nameof(IntacctCompanyOptions.BaseUrl) => "Base URL",
        nameof(IntacctCompanyOptions.ClientId) => "Client ID",
        nameof(IntacctCompanyOptions.ClientSecret) => "Client secret",
        nameof(IntacctCompanyOptions.RequestsPerMinute) => "Requests per minute",
        nameof(IntacctCompanyOptions.MaxConcurrency) => "Max concurrency",
        _ => setting,
    };

    // A regular user's company: the person who signs in is the Sage user, and a public client has no secret.
    private static string? ShowForSignIn(string setting, string? value) => setting switch
    {
        nameof(IntacctCompanyOptions.Flow) => $"{IntacctFlows.AuthorizationCode} (a regular user who signs in: intacct-mcp login)",
        nameof(IntacctCompanyOptions.Username) => "(not used: the company is whoever signs in)",
        nameof(IntacctCompanyOptions.ClientSecret) when value is null => "not set (public client)",
        _ => null,
    };

    private static string Show(string setting, string? value)
    {
        var defaults = new IntacctCompanyOptions();
        switch (setting)
        {
            case nameof(IntacctCompanyOptions.Flow):
                return value?.Trim() is { Length: > 0 } flow && flow != IntacctFlows.ClientCredentials ? $"{flow} (unknown: use {IntacctFlows.ClientCredentials} or {IntacctFlows.AuthorizationCode})" : $"{IntacctFlows.ClientCredentials} (a Web Services user)";
            case nameof(IntacctCompanyOptions.ClientId) or nameof(IntacctCompanyOptions.ClientSecret):
                return value is null ? "MISSING" : "set";
            case nameof(IntacctCompanyOptions.Username):
                return value is null ? "MISSING"
                    : IntacctUsername.TryParse(value?.Trim(), out var parts) ? parts.EntityId is null ? parts.CompanyId : $"{parts.CompanyId} (pins entity {parts.EntityId})"
                    : "set, but not user@company";
            case nameof(IntacctCompanyOptions.EntityId):
                return value ?? "(top level, or as the username pins)";
            case nameof(IntacctCompanyOptions.BaseUrl):
                return value ?? defaults.BaseUrl;
            case nameof(IntacctCompanyOptions.RequestsPerMinute):
                return value ?? defaults.RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case nameof(IntacctCompanyOptions.Burst):
                return value ?? defaults.Burst.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case nameof(IntacctCompanyOptions.MaxConcurrency):
                return value ?? defaults.MaxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
            default:
                return value ?? string.Empty;
        }
    }
}
