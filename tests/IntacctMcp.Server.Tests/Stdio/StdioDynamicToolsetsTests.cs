using System.Text.Json;
using IntacctMcp.Server.Tests.TestSupport;
using IntacctMcp.Tools;
using IntacctMcp.Tools.Catalog;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Stdio;

/// <summary>The built executable with <c>--sandbox --dynamic-toolsets</c>, as a desktop client runs it, with the SDK's stdio client.</summary>
public sealed class StdioDynamicToolsetsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StdioServer_DynamicToolsets_EnableGlNotifiesListsAndAnswers()
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", "--sandbox", "--dynamic-toolsets"],
            WorkingDirectory = AppContext.BaseDirectory,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var handler = client.RegisterNotificationHandler(NotificationMethods.ToolListChangedNotification, (_, _) =>
        {
            changed.TrySetResult();
            return ValueTask.CompletedTask;
        });

        var initial = await client.ListToolsAsync(cancellationToken: Ct);
        var unknown = await client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "payroll" }, cancellationToken: Ct);
        var enabled = await client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "gl" }, cancellationToken: Ct);
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var after = await client.ListToolsAsync(cancellationToken: Ct);
        var trialBalance = await client.CallToolAsync("get_trial_balance", new Dictionary<string, object?> { ["period"] = "Q1", ["groupBy"] = "category" }, cancellationToken: Ct);

        Assert.Equal(Names(IntacctToolsets.Context).Append("enable_toolset").Append("list_toolsets").Order(StringComparer.Ordinal), initial.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(unknown.IsError);
        Assert.StartsWith("Unknown toolset 'payroll' for 'toolset'. Accepted: context, gl", Text(unknown), StringComparison.Ordinal);
        Assert.All(IntacctToolsets.All, name => Assert.Contains(name, Text(unknown), StringComparison.Ordinal));
        Assert.NotEqual(true, enabled.IsError);
        Assert.Superset(Names(IntacctToolsets.GeneralLedger).Where(n => n != "create_journal_entry").ToHashSet(StringComparer.Ordinal), after.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(after, t => t.Name is "list_bills" or "create_journal_entry");
        Assert.NotEqual(true, trialBalance.IsError);
        Assert.Equal(JsonValueKind.Object, trialBalance.StructuredContent?.GetProperty("totals").ValueKind);
    }

    private static IEnumerable<string> Names(string toolset) =>
        ToolCatalog.ByName.Values.Where(t => t.Toolset == toolset).Select(t => t.Name);

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
