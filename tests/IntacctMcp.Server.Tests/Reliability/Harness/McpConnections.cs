using ModelContextProtocol.Client;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Connects the SDK's MCP client to a server under test.</summary>
internal static class McpConnections
{
    /// <summary>The client options; a pinned <paramref name="protocolVersion"/> (e.g. 2025-11-25) forces the initialize/session path.</summary>
    public static McpClientOptions ClientOptions(string? protocolVersion = null) => new()
    {
        ProtocolVersion = protocolVersion,
        ClientInfo = new() { Name = "reliability-suite", Version = "1.0" },
        DiscoverProbeTimeout = TimeSpan.FromSeconds(30),
        InitializationTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Connects over Streamable HTTP (the default client probes 2026-07-28 first; a pinned older version initializes a session on a stateful server).</summary>
    public static async Task<McpClient> ConnectHttpAsync(Uri endpoint, string? apiKey, CancellationToken cancellationToken, string? protocolVersion = null)
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

        return await McpClient.CreateAsync(new HttpClientTransport(options), ClientOptions(protocolVersion), cancellationToken: cancellationToken);
    }
}
