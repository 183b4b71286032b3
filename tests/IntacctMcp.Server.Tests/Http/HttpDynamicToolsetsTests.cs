using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

/// <summary>Dynamic toolsets over stateful Streamable HTTP: what one session enables, only that session sees.</summary>
public sealed class HttpDynamicToolsetsTests
{
    private const string Company = SandboxHttpSettings.Company;
    private static readonly string Key = ApiKeys.Create();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnableToolset_TwoSessions_OnlyTheEnablingSessionChanges()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        await using var server = await TestHttpServer.StartAsync(Settings(sandbox, stateful: true), configureMcp: _ => { });
        await using var first = await ConnectAsync(server);
        await using var second = await ConnectAsync(server);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var handler = first.RegisterNotificationHandler(NotificationMethods.ToolListChangedNotification, (_, _) =>
        {
            changed.TrySetResult();
            return ValueTask.CompletedTask;
        });

        var enabled = await first.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "ap" }, cancellationToken: Ct);
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var firstTools = await first.ListToolsAsync(cancellationToken: Ct);
        var secondTools = await second.ListToolsAsync(cancellationToken: Ct);
        var firstBills = await first.CallToolAsync("list_bills", new Dictionary<string, object?> { ["openOnly"] = true }, cancellationToken: Ct);
        var secondBills = await second.CallToolAsync("list_bills", new Dictionary<string, object?> { ["openOnly"] = true }, cancellationToken: Ct);

        Assert.NotNull(first.SessionId);
        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.NotEqual(true, enabled.IsError);
        Assert.Contains(firstTools, t => t.Name == "list_bills");
        Assert.DoesNotContain(secondTools, t => t.Name == "list_bills");
        Assert.Contains(secondTools, t => t.Name == "enable_toolset");
        Assert.NotEqual(true, firstBills.IsError);
        Assert.True(secondBills.IsError);
        Assert.Contains("call enable_toolset with toolset 'ap' first", Text(secondBills), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DynamicToolsetsStateless_RefusedNamingTheSetting()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);

        var exception = await Assert.ThrowsAsync<ServerConfigurationException>(() => TestHttpServer.StartAsync(Settings(sandbox, stateful: false), configureMcp: _ => { }));

        Assert.Contains("Tools:DynamicToolsets", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_HttpDynamicToolsetsWithoutStateful_ExitsWithOneLineNamingTheSetting()
    {
        var (exitCode, output, error) = await ServerProcess.RunAsync(["http", "--sandbox", "--dynamic-toolsets", "--urls", "http://127.0.0.1:0"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Single(error.Split('\n'), line => line.Contains("Tools:DynamicToolsets (--dynamic-toolsets) needs Http:Stateful=true (--stateful)", StringComparison.Ordinal));
    }

    private static Task<McpClient> ConnectAsync(TestHttpServer server) => McpClient.CreateAsync(
        new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key },
        }),
        new McpClientOptions { ProtocolVersion = "2025-11-25" },
        cancellationToken: Ct);

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    private static Dictionary<string, string?> Settings(SandboxServer sandbox, bool stateful)
    {
        var settings = SandboxHttpSettings.For(sandbox, Key, stateful, "read");
        settings["Tools:DynamicToolsets"] = "true";
        return settings;
    }
}
