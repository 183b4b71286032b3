using System.IO.Pipelines;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Hosting;

/// <summary>An MCP server with the Intacct tools and an in-process MCP client, connected by pipes.</summary>
internal sealed class ToolsHarness : IAsyncDisposable
{
    private ToolsHarness(IHost host, McpClient client)
    {
        Host = host;
        Client = client;
    }

    public IHost Host { get; }

    public McpClient Client { get; }

    /// <summary>Starts the server and connects a client.</summary>
    /// <param name="services">Registers the Intacct client (fake or real) and anything else.</param>
    /// <param name="configure">Tools options.</param>
    /// <param name="user">When set, every request carries this principal, as the HTTP host would.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The harness.</returns>
    public static Task<ToolsHarness> StartAsync(Action<IServiceCollection> services, Action<IntacctToolsOptions>? configure = null, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default) =>
        StartAsync(services, configure, user, clientOptions: null, cancellationToken);

    /// <summary>Starts the server and connects a client with the given options (e.g. an elicitation handler).</summary>
    /// <param name="services">Registers the Intacct client (fake or real) and anything else.</param>
    /// <param name="configure">Tools options.</param>
    /// <param name="user">When set, every request carries this principal, as the HTTP host would.</param>
    /// <param name="clientOptions">The client's options.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The harness.</returns>
    public static async Task<ToolsHarness> StartAsync(Action<IServiceCollection> services, Action<IntacctToolsOptions>? configure, ClaimsPrincipal? user, McpClientOptions? clientOptions, CancellationToken cancellationToken)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        services(builder.Services);
        var mcp = builder.Services.AddMcpServer()
            .WithStreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream())
            .WithIntacctTools(configure);
        if (user is not null)
        {
            mcp.WithMessageFilters(filters => filters.AddIncomingFilter(next => (context, ct) =>
            {
                context.User = user;
                return next(context, ct);
            }));
        }

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var client = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()), clientOptions, cancellationToken: cancellationToken);
        return new ToolsHarness(host, client);
    }

    public Task<CallToolResult> CallAsync(string tool, object? arguments = null) =>
        Client.CallToolAsync(tool, ToArguments(arguments), cancellationToken: TestContext.Current.CancellationToken).AsTask();

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
    }

    public static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public static JsonElement Structured(CallToolResult result) =>
        result.StructuredContent is { } s ? s : throw new InvalidOperationException("no structured content: " + Text(result));

    private static Dictionary<string, object?>? ToArguments(object? arguments) =>
        arguments is null
            ? null
            : JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
}
