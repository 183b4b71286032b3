using IntacctMcp.Server.Cli;
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
    /// <param name="commandLine">The command line; its settings are the highest-precedence source.</param>
    /// <returns>The configuration; more sources (e.g. the sandbox company) may still be added.</returns>
    /// <exception cref="CommandLineException">A <c>--config</c> file does not exist.</exception>
    public static ConfigurationManager Build(ParsedCommandLine commandLine)
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

        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(commandLine.Settings);
        return configuration;
    }

    private static void AddOptionalJson(ConfigurationManager configuration, string path)
    {
        // Checking first avoids a file provider (and its watcher) for a file that is not there: start-up is measured.
        if (File.Exists(path))
        {
            configuration.AddJsonFile(path, optional: true, reloadOnChange: false);
        }
    }
}
