using ModelContextProtocol.Client;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Connects the SDK's MCP client to a server under test.</summary>
internal static class McpConnections
{
    public static McpClientOptions ClientOptions() => new()
    {
        ClientInfo = new() { Name = "reliability-suite", Version = "1.0" },
        DiscoverProbeTimeout = TimeSpan.FromSeconds(30),
        InitializationTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Connects over Streamable HTTP (stateless server; the default client probes 2026-07-28 first).</summary>
    public static async Task<McpClient> ConnectHttpAsync(Uri endpoint, string? apiKey, CancellationToken cancellationToken)
    {
        var options = new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            Name = "reliability",
        };
        if (apiKey is not null)
        {
            options.AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + apiKey };
        }

        return await McpClient.CreateAsync(new HttpClientTransport(options), ClientOptions(), cancellationToken: cancellationToken);
    }
}
