using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace IntacctMcp.Server.Credentials;

/// <summary>Finds which configuration source supplies a key, and names it for people.</summary>
internal static class ConfigurationSourceNames
{
    /// <summary>Finds the provider whose value wins for a key (the last one that has it).</summary>
    /// <returns>The provider and its value, or <see langword="null"/> when no provider has the key.</returns>
    public static (IConfigurationProvider Provider, string Value)? FindWinner(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return configuration[key] is { } value ? (new UnknownProvider(), value) : null;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out var value) && value is not null)
            {
                return (provider, value);
            }
        }

        return null;
    }

    /// <summary>Names a provider: command line, environment, a file path, or the encrypted store.</summary>
    public static string Describe(IConfigurationProvider provider) => provider switch
    {
        CompanyStoreConfigurationProvider store => $"encrypted store {store.Home.CompaniesFile}",
        CommandLineConfigurationProvider => "command line",
        EnvironmentVariablesConfigurationProvider => "environment",
        FileConfigurationProvider file => $"file {FilePath(file)}",

        // The server puts the options of its command line in an in-memory source; so does built-in sandbox set-up.
        MemoryConfigurationProvider => "command line / built-in",
        UnknownProvider => "configuration",
        _ => provider.ToString() ?? provider.GetType().Name,
    };

    private static string FilePath(FileConfigurationProvider provider)
    {
        var relative = provider.Source.Path ?? string.Empty;
        return provider.Source.FileProvider?.GetFileInfo(relative).PhysicalPath ?? relative;
    }

    private sealed class UnknownProvider : ConfigurationProvider;
}
