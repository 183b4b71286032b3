using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Commands;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Hosting;
using Microsoft.Extensions.Options;
using Serilog;

namespace IntacctMcp.Server;

/// <summary>The <c>intacct-mcp</c> entry point: parse, dispatch, and turn known failures into a message and an exit code.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Log.Logger = ServerLogging.CreateBootstrapLogger();
        try
        {
            if (CredentialCommands.Handles(args))
            {
                return await CredentialCommands.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
            }

            return await CommandDispatcher.RunAsync(CommandLineParser.Parse(args), Console.Out, Console.Error);
        }
        catch (Exception ex) when (UsageMessage(ex) is { } message)
        {
            // Configuration mistakes are the user's to fix: the message says how; a stack trace would only hide it.
            await Console.Error.WriteLineAsync($"intacct-mcp: {message}");
            return ExitCodes.UsageError;
        }
        catch (Exception ex)
        {
            Log.Fatal(ex, "intacct-mcp stopped unexpectedly");
            return ExitCodes.Failure;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static string? UsageMessage(Exception exception) => exception switch
    {
        CommandLineException or ServerConfigurationException => exception.Message,
        IntacctConfigurationException configuration => configuration.Hint is null ? configuration.Message : $"{configuration.Message}\n  {configuration.Hint}",
        OptionsValidationException validation => string.Join("\n  ", validation.Failures),
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => UsageMessage(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
