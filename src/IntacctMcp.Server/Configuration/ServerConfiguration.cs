using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Configuration;

/// <summary>
/// Builds the server's configuration: the one place that lists its sources. Later sources win:
/// files &lt; environment &lt; command line.
/// </summary>
internal static class ServerConfiguration
{
    /// <summary>The prefix of environment variables that set any configuration key (<c>__</c> separates sections).</summary>
    public const string EnvironmentPrefix = "INTACCT_MCP_";

    /// <summary>The name of the optional configuration file beside the executable and in the working directory.</summary>
    public const string SettingsFileName = "appsettings.json";

    /// <summary>Builds the configuration for a parsed command line.</summary>
    /// <remarks>Environment: the <c>INTACCT_*</c> single-company shortcut and <c>INTACCT_MCP_&lt;Key&gt;</c> for any key.</remarks>
    /// <param name="commandLine">The command line; its settings are the highest-precedence source.</param>
    /// <param name="includeCompanyStore">Whether to add the encrypted company store (<c>configure</c> reads it itself).</param>
    /// <returns>The configuration; more sources (e.g. the sandbox company) may still be added.</returns>
    /// <exception cref="CommandLineException">A <c>--config</c> file does not exist.</exception>
    public static ConfigurationManager Build(ParsedCommandLine commandLine, bool includeCompanyStore = true)
    {
        var configuration = new ConfigurationManager();

        // Lowest precedence first. The encrypted company store belongs here, below every file.
        AddOptionalJson(configuration, Path.Combine(AppContext.BaseDirectory, SettingsFileName));
        var workingDirectoryFile = Path.Combine(Directory.GetCurrentDirectory(), SettingsFileName);
        if (!string.Equals(Path.GetFullPath(workingDirectoryFile), Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, SettingsFileName)), StringComparison.Ordinal))
        {
            AddOptionalJson(configuration, workingDirectoryFile);
        }

        foreach (var file in commandLine.ConfigFiles)
        {
            var fullPath = Path.GetFullPath(file);
            if (!File.Exists(fullPath))
            {
                throw new CommandLineException($"Configuration file '{fullPath}' (from --config) does not exist.");
            }

            configuration.AddJsonFile(fullPath, optional: false, reloadOnChange: false);
        }

        configuration.AddInMemoryCollection(ShortcutVariables());
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(commandLine.Settings);

        // Inserted first (lowest precedence), with Store:Path read from the sources above.
        if (includeCompanyStore)
        {
            configuration.AddIntacctCompanyStore();
        }

        return configuration;
    }

    /// <summary>Gets the names of the single-company shortcut variables (read by the Intacct client under these names).</summary>
    public static IReadOnlyList<string> ShortcutVariableNames { get; } =
        ["INTACCT_CLIENT_ID", "INTACCT_CLIENT_SECRET", "INTACCT_USERNAME", "INTACCT_ENTITY_ID", "INTACCT_BASE_URL", "INTACCT_COMPANY_NAME"];

    // Only these variables, under their own names: adding the whole environment would put every unrelated variable
    // into the configuration.
    private static Dictionary<string, string?> ShortcutVariables() => ShortcutVariableNames
        .Select(name => (Name: name, Value: Environment.GetEnvironmentVariable(name)))
        .Where(variable => variable.Value is not null)
        .ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.OrdinalIgnoreCase);

    private static void AddOptionalJson(ConfigurationManager configuration, string path)
    {
        // Checking first avoids a file provider (and its watcher) for a file that is not there: start-up is measured.
        if (File.Exists(path))
        {
            configuration.AddJsonFile(path, optional: true, reloadOnChange: false);
        }
    }
}
