using System.Diagnostics;
using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Stdio;

public sealed class StdioServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StdioServer_SandboxSdkClient_ListsToolsAndTestConnectionNamesSandbox()
    {
        var stderr = new List<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", "--sandbox"],
            WorkingDirectory = AppContext.BaseDirectory,
            StandardErrorLines = line => { lock (stderr) { stderr.Add(line); } },
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });

        // A generous probe timeout: a slow first start must not make the client fall back to initialize mid-probe.
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var tools = await client.ListToolsAsync(cancellationToken: Ct);
        var result = await client.CallToolAsync("test_connection", cancellationToken: Ct);
        var text = Assert.IsType<TextContentBlock>(result.Content[0]).Text;

        Assert.Contains(tools, tool => tool.Name == "query");
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("DEMO", text, StringComparison.Ordinal);
        Assert.Contains("sandbox", text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("SANDBOX MODE", client.ServerInstructions, StringComparison.Ordinal);
        Assert.Contains("never requests from the user", client.ServerInstructions, StringComparison.Ordinal);
        // The tools leave company and entity undescribed (tools/list goes to the model every turn): the instructions say it once.
        Assert.Contains("optional company (a name from list_companies", client.ServerInstructions, StringComparison.Ordinal);
        Assert.Contains("entity (an entity ID from list_entities", client.ServerInstructions, StringComparison.Ordinal);
        lock (stderr)
        {
            Assert.Contains(stderr, line => line.StartsWith("SANDBOX MODE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task StdioServer_ConfiguredCompany_ListCompaniesWithoutContactingSage()
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = ServerProcess.FakeCompanyEnvironment,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });

        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var result = await client.CallToolAsync("list_companies", cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        Assert.Contains("TESTCO", result.StructuredContent?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StdioServer_RawSession_StdoutCarriesOnlyJsonRpcAndExitsWhenStdinCloses()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var process = Process.Start(ServerProcess.StartInfo(["stdio"], ServerProcess.FakeCompanyEnvironment))!;
        var error = process.StandardError.ReadToEndAsync(timeout.Token);

        await process.StandardInput.WriteLineAsync(RawMcp.InitializeBody.AsMemory(), timeout.Token);
        var lines = new List<string> { (await process.StandardOutput.ReadLineAsync(timeout.Token))! };
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""".AsMemory(), timeout.Token);
        await process.StandardInput.WriteLineAsync(RawMcp.ToolsListBody.AsMemory(), timeout.Token);
        lines.Add((await process.StandardOutput.ReadLineAsync(timeout.Token))!);
        process.StandardInput.Close();
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.All(lines, line => Assert.Equal("2.0", JsonNode.Parse(line)!["jsonrpc"]!.GetValue<string>()));
        Assert.Contains(lines, line => JsonNode.Parse(line)!["result"]?["tools"] is not null);
        Assert.Contains("Application is shutting down", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoCompanyAndNoSandbox_ExitsNonZeroWithHowToConfigure()
    {
        var (exitCode, output, error) = await ServerProcess.RunAsync(["stdio"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("INTACCT_CLIENT_ID", error, StringComparison.Ordinal);
        Assert.Contains("--sandbox", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownOption_ExitsWithUsageError()
    {
        var (exitCode, output, error) = await ServerProcess.RunAsync(["http", "--no-such-option"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FreeTextNeitherFullNorOmit_ExitsWithOneLineNamingTheSetting()
    {
        var (exitCode, output, error) = await ServerProcess.RunAsync(["stdio", "--sandbox", "--free-text", "strict"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Single(error.Split('\n'), line => line.Contains("Tools:FreeText must be full or omit, not 'strict'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--version", "intacct-mcp 0.1.0")]
    [InlineData("--help", "intacct-mcp test-connection")]
    public async Task Info_Option_PrintsToStdoutAndExitsZero(string option, string expected)
    {
        var (exitCode, output, _) = await ServerProcess.RunAsync([option]);

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }
}
