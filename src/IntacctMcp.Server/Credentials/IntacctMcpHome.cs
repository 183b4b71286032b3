using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Credentials;

/// <summary>The per-user folder that holds the encrypted company store, its key ring and persisted tokens.</summary>
/// <remarks>
/// Resolved from the configuration key <c>Store:Path</c>, else the environment variable <c>INTACCT_MCP_HOME</c>,
/// else <c>$XDG_CONFIG_HOME/intacct-mcp</c> (or <c>~/.config/intacct-mcp</c>) on Unix and
/// <c>%APPDATA%\IntacctMcp</c> on Windows. Nothing is created until something is written.
/// </remarks>
internal sealed class IntacctMcpHome
{
    /// <summary>The configuration key that overrides the folder.</summary>
    public const string ConfigurationKey = "Store:Path";

    /// <summary>The environment variable that overrides the folder when the configuration does not.</summary>
    public const string EnvironmentVariable = "INTACCT_MCP_HOME";

    public IntacctMcpHome(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>Gets the absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Gets the path of the encrypted company store.</summary>
    public string CompaniesFile => System.IO.Path.Combine(Path, "companies.json");

    /// <summary>Gets the DataProtection key ring folder.</summary>
    public string KeysDirectory => System.IO.Path.Combine(Path, "keys");

    /// <summary>Gets the folder of persisted (encrypted) access tokens.</summary>
    public string TokensDirectory => System.IO.Path.Combine(Path, "tokens");

    /// <summary>Resolves the folder from the configuration (<c>Store:Path</c>), the environment, or the platform default.</summary>
    public static IntacctMcpHome Resolve(IConfiguration? configuration) => Resolve(configuration?[ConfigurationKey]);

    /// <summary>Resolves the folder from an explicit path, the environment, or the platform default.</summary>
    /// <param name="configuredPath">An explicit folder; wins when set.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable (tests pass their own).</param>
    public static IntacctMcpHome Resolve(string? configuredPath, Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new IntacctMcpHome(configuredPath.Trim());
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new IntacctMcpHome(fromEnvironment.Trim());
        }

        return new IntacctMcpHome(DefaultPath(getEnvironmentVariable));
    }

    /// <inheritdoc/>
    public override string ToString() => Path;

    private static string DefaultPath(Func<string, string?> getEnvironmentVariable)
    {
        if (OperatingSystem.IsWindows())
        {
            var appData = getEnvironmentVariable("APPDATA");
            if (string.IsNullOrWhiteSpace(appData))
            {
                appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
            }

            return System.IO.Path.Combine(appData, "IntacctMcp");
        }

        var xdg = getEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathRooted(xdg))
        {
            return System.IO.Path.Combine(xdg, "intacct-mcp");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return System.IO.Path.Combine(home, ".config", "intacct-mcp");
    }
}
