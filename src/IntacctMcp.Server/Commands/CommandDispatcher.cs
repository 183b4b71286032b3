using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Hosting;

namespace IntacctMcp.Server.Commands;

/// <summary>Runs the command a parsed command line names: the one place that maps command names to code.</summary>
internal static class CommandDispatcher
{
    /// <summary>Runs the command.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="output">Standard output: only for commands that print results, never for the stdio server.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextWriter output, TextWriter error)
    {
        switch (commandLine.Command)
        {
            case CommandNames.Help:
                await output.WriteLineAsync(HelpText.Text);
                return 0;
            case CommandNames.Version:
                await output.WriteLineAsync($"{ServerComposition.ServerName} {ServerComposition.Version}");
                return 0;
            case CommandNames.ApiKeyCreate:
                return ApiKeyCreateCommand.Run(commandLine, output, error);
            case CommandNames.TestConnection:
                return await TestConnectionCommand.RunAsync(commandLine, output, error);
            case CommandNames.Login:
                return await LoginCommand.RunAsync(commandLine, output, error);
            case CommandNames.Logout:
                return await LogoutCommand.RunAsync(commandLine, output, error);
            case CommandNames.Stdio or CommandNames.Http:
                return await ServeCommand.RunAsync(commandLine, error);
            default:
                throw new CommandLineException($"Unknown command '{commandLine.Command}'.");
        }
    }
}
