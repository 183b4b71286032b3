using System.Globalization;

namespace IntacctMcp.Server.Cli;

/// <summary>
/// A small parser for the <c>intacct-mcp</c> command line. Options that configure the server map to configuration keys,
/// so that every option is also settable in configuration files and the environment.
/// </summary>
internal static class CommandLineParser
{
    /// <summary>The configuration key <c>--no-browser</c> of <c>login</c> sets.</summary>
    public const string NoBrowserSetting = "Login:NoBrowser";

    /// <summary>The configuration key <c>--https-redirect</c> of <c>login</c> sets.</summary>
    public const string HttpsRedirectSetting = "Login:HttpsRedirect";

    private static readonly string[] ServerCommandOptions =
        ["--sandbox", "--company", "--toolsets", "--dynamic-toolsets", "--read-only", "--allow-writes", "--confirm-writes", "--free-text", "--redis", "--log-level", "--config"];

    private static readonly string[] HttpCommandOptions = ["--urls", "--stateful", "--allow-unauthenticated"];

    private static readonly string[] TestConnectionOptions = ["--sandbox", "--company", "--log-level", "--config"];

    private static readonly string[] ApiKeyCreateOptions = ["--name", "--scopes", "--companies"];

    private static readonly string[] LoginOptions = ["--company", "--client-id", "--base-url", "--port", "--timeout", "--no-browser", "--https-redirect", "--redis", "--log-level", "--config"];

    private static readonly string[] LogoutOptions = ["--company", "--client-id", "--base-url", "--redis", "--log-level", "--config"];

    private static readonly Dictionary<string, string> SettingKeys = new(StringComparer.Ordinal)
    {
        ["--sandbox"] = "Server:Sandbox",
        ["--company"] = "Intacct:DefaultCompany",
        ["--no-browser"] = NoBrowserSetting,
        ["--https-redirect"] = HttpsRedirectSetting,
        ["--dynamic-toolsets"] = "Tools:DynamicToolsets",
        ["--read-only"] = "Tools:ReadOnly",
        ["--allow-writes"] = "Tools:AllowWrites",
        ["--confirm-writes"] = "Tools:ConfirmWrites",
        ["--free-text"] = "Tools:FreeText",
        ["--redis"] = "Redis:Configuration",
        ["--log-level"] = "Serilog:MinimumLevel:Default",
        ["--urls"] = "Http:Urls",
        ["--stateful"] = "Http:Stateful",
        ["--allow-unauthenticated"] = "Http:AllowUnauthenticated",
    };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "--sandbox", "--dynamic-toolsets", "--read-only", "--allow-writes", "--confirm-writes", "--stateful", "--allow-unauthenticated", "--no-browser", "--https-redirect",
    };

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The process arguments.</param>
    /// <returns>The parsed command line.</returns>
    /// <exception cref="CommandLineException">An unknown command or option, or a missing value.</exception>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            return Empty(CommandNames.Help);
        }

        if (args.Any(a => a == "--version"))
        {
            return Empty(CommandNames.Version);
        }

        var index = 0;
        var command = ReadCommand(args, ref index);
        var allowed = AllowedOptions(command);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var configFiles = new List<string>();
        var commandOptions = new Dictionary<string, string>(StringComparer.Ordinal);

        for (; index < args.Count; index++)
        {
            var (name, inlineValue) = SplitOption(args[index]);
            if (!allowed.Contains(name))
            {
                throw new CommandLineException(args[index].StartsWith('-')
                    ? $"Unknown option '{name}' for '{command}'. Run 'intacct-mcp --help' for the options."
                    : $"Unexpected argument '{args[index]}'. Run 'intacct-mcp --help' for the usage.");
            }

            if (Flags.Contains(name))
            {
                settings[SettingKeys[name]] = ParseFlag(name, inlineValue);
                continue;
            }

            var value = inlineValue ?? (index + 1 < args.Count ? args[++index] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new CommandLineException($"Option '{name}' needs a value.");
            }

            if (command is CommandNames.Login or CommandNames.Logout && name == "--company")
            {
                // The company to sign in to, not the server's default company: it may not be configured yet.
                commandOptions["company"] = value;
                continue;
            }

            Apply(name, value, settings, configFiles, commandOptions);
        }

        return new ParsedCommandLine(command, settings, configFiles, commandOptions);
    }

    private static ParsedCommandLine Empty(string command) =>
        new(command, new Dictionary<string, string?>(), [], new Dictionary<string, string>());

    private static string ReadCommand(IReadOnlyList<string> args, ref int index)
    {
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            return CommandNames.Stdio;
        }

        index = 1;
        switch (args[0])
        {
            case CommandNames.Stdio or CommandNames.Http or CommandNames.TestConnection or CommandNames.Login or CommandNames.Logout or CommandNames.Help or CommandNames.Version:
                return args[0];
            case "apikey" when args.Count > 1 && args[1] == "create":
                index = 2;
                return CommandNames.ApiKeyCreate;
            case "apikey":
                throw new CommandLineException("Usage: intacct-mcp apikey create --name NAME --scopes read[,write] [--companies a,b]");
            default:
                throw new CommandLineException($"Unknown command '{args[0]}'. Commands: stdio, http, test-connection, login, logout, apikey create, configure, companies. Run 'intacct-mcp --help'.");
        }
    }

    private static HashSet<string> AllowedOptions(string command) => command switch
    {
        CommandNames.Stdio => [.. ServerCommandOptions],
        CommandNames.Http => [.. ServerCommandOptions, .. HttpCommandOptions],
        CommandNames.TestConnection => [.. TestConnectionOptions],
        CommandNames.ApiKeyCreate => [.. ApiKeyCreateOptions],
        CommandNames.Login => [.. LoginOptions],
        CommandNames.Logout => [.. LogoutOptions],
        _ => [],
    };

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static string ParseFlag(string name, string? value) =>
        value is null ? "true"
        : bool.TryParse(value, out var flag) ? flag ? "true" : "false"
        : throw new CommandLineException($"Option '{name}' takes true or false, not '{value}'.");

    private static void Apply(
        string name,
        string value,
        Dictionary<string, string?> settings,
        List<string> configFiles,
        Dictionary<string, string> commandOptions)
    {
        switch (name)
        {
            case "--config":
                configFiles.Add(value);
                break;
            case "--toolsets":
                var toolsets = SplitList(value);
                for (var i = 0; i < toolsets.Length; i++)
                {
                    settings[$"Tools:Toolsets:{i.ToString(CultureInfo.InvariantCulture)}"] = toolsets[i];
                }

                break;
            case "--log-level":
                settings[SettingKeys[name]] = LogLevelNames.Normalize(value)
                    ?? throw new CommandLineException($"Unknown log level '{value}'. Use one of: {string.Join(", ", LogLevelNames.Accepted)}.");
                break;
            case var _ when SettingKeys.TryGetValue(name, out var key):
                settings[key] = value;
                break;
            default:
                commandOptions[name.TrimStart('-')] = value;
                break;
        }
    }

    /// <summary>Splits a comma-separated list, trimming entries and dropping empty ones.</summary>
    public static string[] SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
