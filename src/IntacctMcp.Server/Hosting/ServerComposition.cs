using System.Reflection;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Replicas;
using IntacctMcp.Tools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Hosting;

/// <summary>Composes the parts every host shares: the Intacct client, the MCP server and its tools.</summary>
internal static class ServerComposition
{
    /// <summary>The server's name in <c>serverInfo</c>.</summary>
    public const string ServerName = "intacct-mcp";

    /// <summary>Gets the product version (informational version without the commit).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Registers the Intacct client, the MCP server (no transport) and the Intacct tools.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The server configuration.</param>
    /// <param name="customization">Extra steps (tests).</param>
    /// <returns>The MCP server builder, for the transport.</returns>
    public static IMcpServerBuilder AddIntacctMcpServer(this IServiceCollection services, IConfiguration configuration, ServerCustomization customization)
    {
        var sandbox = configuration.GetValue<bool>($"{ServerOptions.SectionName}:{nameof(ServerOptions.Sandbox)}");

        services.AddSingleton(TimeProvider.System);

        // Before the client and the tools, which otherwise register their in-process defaults.
        services.AddIntacctReplicaSharing(configuration);
        services.AddIntacctClient(configuration);
        services.AddOptions<IntacctToolsOptions>().Bind(configuration.GetSection(IntacctToolsOptions.SectionName));
        var mcp = services.AddMcpServer(options =>
        {
            options.ServerInfo = new Implementation { Name = ServerName, Title = "Sage Intacct MCP server", Version = Version };
        });
        mcp.WithIntacctTools().WithProtocolScreening();
        services.PostConfigure<McpServerOptions>(options => options.ServerInstructions = ServerInstructions.Build(sandbox, options.ServerInstructions));

        customization.ConfigureMcp?.Invoke(mcp);
        customization.ConfigureServices?.Invoke(services);
        return mcp;
    }

    private static string ReadVersion()
    {
        var version = typeof(ServerComposition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
