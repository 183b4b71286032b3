using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Tests.EndToEnd;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

/// <summary>Prompts, resources and completions over stateless Streamable HTTP: none of them needs a session.</summary>
public sealed class HttpPrimitivesTests
{
    private static readonly string Key = ApiKeys.Create();

    [Theory]
    [InlineData(null)]
    [InlineData("2025-11-25")]
    public async Task StatelessHttp_PromptsResourcesAndCompletions_WorkAsOverStdio(string? protocolVersion)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var server = await TestHttpServer.StartAsync(SandboxHttpSettings.For(sandbox, Key, stateful: false, "read"), configureMcp: _ => { });
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key },
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = protocolVersion, DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: ct);

        Assert.Null(client.SessionId);
        await PrimitivesEndToEnd.CheckAsync(client, SandboxHttpSettings.Company);
    }
}
