using System.Reflection;

namespace IntacctMcp.Server;

/// <summary>The <c>intacct-mcp</c> entry point.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        await Task.Yield();
        if (args.Contains("--version"))
        {
            Console.Out.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            return 0;
        }

        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.Out.WriteLine("Usage: intacct-mcp [stdio|http|test-connection|apikey create] [options]");
            return 0;
        }

        await Console.Error.WriteLineAsync("intacct-mcp: server not built yet; try --help.").ConfigureAwait(false);
        return 2;
    }
}
