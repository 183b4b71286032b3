using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>Prompts, resources and completions of the built executable over stdio on its built-in sandbox (<c>--sandbox</c>).</summary>
public sealed class StdioPrimitivesTests
{
    [Fact]
    public async Task StdioSandbox_PromptsResourcesAndCompletions_WorkEndToEnd()
    {
        var ct = TestContext.Current.CancellationToken;
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", "--sandbox"],
            WorkingDirectory = AppContext.BaseDirectory,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: ct);

        Assert.NotNull(client.ServerCapabilities.Prompts);
        Assert.NotNull(client.ServerCapabilities.Resources);
        Assert.NotNull(client.ServerCapabilities.Completions);
        await PrimitivesEndToEnd.CheckAsync(client, "sandbox");
    }
}
