using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Hosting;
using IntacctMcp.Server.Http;
using Microsoft.Extensions.Hosting;

namespace IntacctMcp.Server.Commands;

/// <summary>The server commands: <c>stdio</c> and <c>http</c>.</summary>
internal static class ServeCommand
{
    /// <summary>Runs the MCP server until stdin closes (stdio) or the process is stopped.</summary>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextWriter error)
    {
        var configuration = ServerConfiguration.Build(commandLine);
        await using var sandbox = await SandboxMode.StartIfEnabledAsync(configuration, commandLine, error);
        if (sandbox is null)
        {
            CompanyConfiguration.EnsureConfigured(configuration);
        }

        if (commandLine.Command == CommandNames.Http)
        {
            await using var app = HttpServerHost.Build(configuration, ServerCustomization.None);
            await app.RunAsync();
        }
        else
        {
            using var host = StdioServerHost.Build(configuration, ServerCustomization.None);
            await host.RunAsync();
        }

        return 0;
    }
}
