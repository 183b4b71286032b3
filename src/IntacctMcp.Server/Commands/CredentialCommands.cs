using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;

namespace IntacctMcp.Server.Commands;

/// <summary>Dispatches <c>configure</c> and <c>companies</c>, which take their own options and build their own configuration.</summary>
internal static class CredentialCommands
{
    /// <summary>The command that adds, updates or removes a company in the encrypted store.</summary>
    public const string Configure = "configure";

    /// <summary>The command that lists the configured companies.</summary>
    public const string Companies = "companies";

    /// <summary>Tells whether the command line names one of these commands.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args is [Configure or Companies, ..] && !args.Any(a => a is "--help" or "-h" or "-?");

    /// <summary>Runs the command.</summary>
    /// <param name="args">The whole command line (starting with the command name).</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Skip(1).ToList();
        var configFiles = TakeConfigFiles(rest);
        var commandLine = new ParsedCommandLine(args[0], new Dictionary<string, string?>(), configFiles, new Dictionary<string, string>());
        if (args[0] == Configure)
        {
            // Without the store: configure must still work (and repair it) when the store cannot be decrypted.
            var configuration = ServerConfiguration.Build(commandLine, includeCompanyStore: false);
            return ConfigureCommand.RunAsync(rest, configuration, stdin, stdout, stderr, cancellationToken);
        }

        return CompaniesCommand.RunAsync(rest, ServerConfiguration.Build(commandLine), stdout, stderr, cancellationToken);
    }

    private static List<string> TakeConfigFiles(List<string> args)
    {
        var files = new List<string>();
        for (var index = 0; index < args.Count;)
        {
            if (args[index] == "--config" && index + 1 < args.Count)
            {
                files.Add(args[index + 1]);
                args.RemoveRange(index, 2);
            }
            else if (args[index].StartsWith("--config=", StringComparison.Ordinal))
            {
                files.Add(args[index]["--config=".Length..]);
                args.RemoveAt(index);
            }
            else
            {
                index++;
            }
        }

        return files;
    }
}
