using Microsoft.Extensions.DependencyInjection;

namespace IntacctMcp.Server.Hosting;

/// <summary>Extra composition steps: a seam for tests (e.g. a tool that only a test needs), never set by the command line.</summary>
internal sealed class ServerCustomization
{
    /// <summary>Gets an instance that changes nothing.</summary>
    public static ServerCustomization None { get; } = new();

    /// <summary>Gets extra registrations on the MCP server builder, run after the Intacct tools.</summary>
    public Action<IMcpServerBuilder>? ConfigureMcp { get; init; }

    /// <summary>Gets extra service registrations, run last (so they can replace earlier ones).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
