using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

public sealed class HttpSdkClientTests
{
    [Theory]
    [InlineData(false, null)]
    [InlineData(false, "2025-11-25")]
    [InlineData(true, null)]
    [InlineData(true, "2025-11-25")]
    [InlineData(true, "2025-03-26")]
    public async Task SdkClient_EachProtocolEraAndMode_ListsAndCallsTools(bool stateful, string? pinnedVersion)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await TestHttpServer.StartAsync(new Dictionary<string, string?> { ["Http:Stateful"] = stateful ? "true" : "false" });
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.Endpoint, TransportMode = HttpTransportMode.StreamableHttp });
        await using var client = await McpClient.CreateAsync(
            transport,
            new McpClientOptions { ProtocolVersion = pinnedVersion, DiscoverProbeTimeout = TimeSpan.FromSeconds(30) },
            cancellationToken: ct);

        var tools = await client.ListToolsAsync(cancellationToken: ct);
        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["message"] = "hello" }, cancellationToken: ct);

        Assert.Contains(tools, tool => tool.Name == "echo");
        Assert.Equal("hello", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
        Assert.Equal(pinnedVersion ?? "2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Equal("intacct-mcp", client.ServerInfo?.Name);
        if (stateful && pinnedVersion is not null)
        {
            Assert.NotNull(client.SessionId);
        }
        else
        {
            Assert.Null(client.SessionId);
        }
    }

    [Fact]
    public async Task SdkClient_StatefulSessionDisposed_SessionEnded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await TestHttpServer.StartAsync(new Dictionary<string, string?> { ["Http:Stateful"] = "true" });
        string? sessionId;
        var client = await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.Endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
            new McpClientOptions { ProtocolVersion = "2025-11-25" },
            cancellationToken: ct);
        await using (client)
        {
            await client.ListToolsAsync(cancellationToken: ct);
            sessionId = client.SessionId;
        }

        using var http = new HttpClient();
        using var request = RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", sessionId!);
        using var response = await http.SendAsync(request, ct);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
