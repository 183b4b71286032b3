using System.Security.Claims;
using System.Text;
using System.Text.Json;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Dynamic;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Dynamic;

/// <summary>Dynamic toolsets through the real MCP client over pipes (one stdio-like session per harness).</summary>
public sealed class DynamicToolsetsTests
{
    // Issue 19: the initial tools/list of dynamic mode (context tools plus the discovery tools) stays within 6 KB.
    private const int MaxInitialBytes = 6_144;

    private static readonly EvaluationOptions Validation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ToolsHarness> StartAsync(Action<IntacctToolsOptions>? configure, ClaimsPrincipal? user = null) =>
        ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(new FakeClientProvider("demo")), configure, user, Ct);

    [Fact]
    public async Task ListTools_DynamicOff_NoDiscoveryToolsAndTheirCallsRefused()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: Ct);
        var call = await harness.CallAsync(DynamicToolsets.ListToolName);

        Assert.DoesNotContain(tools, t => DynamicToolsets.IsDiscoveryTool(t.Name));
        Assert.True(call.IsError);
        Assert.Contains("--dynamic-toolsets", ToolsHarness.Text(call), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTools_DynamicOn_ContextPlusDiscoveryWithin6KB()
    {
        await using var harness = await StartAsync(o =>
        {
            o.DynamicToolsets = true;
            o.AllowWrites = true;
        });

        var tools = await harness.Client.ListToolsAsync(cancellationToken: Ct);
        var bytes = Size(tools);
        var discovery = Size([.. tools.Where(t => DynamicToolsets.IsDiscoveryTool(t.Name))]) - Encoding.UTF8.GetByteCount("""{"tools":[]}""");

        TestContext.Current.SendDiagnosticMessage($"dynamic mode initial tools/list: {bytes} bytes; list_toolsets + enable_toolset: {discovery} bytes");
        string[] expected = [.. ContextTools(), DynamicToolsets.ListToolName, DynamicToolsets.EnableToolName];
        Assert.Equal(expected.Order(StringComparer.Ordinal), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(bytes <= MaxInitialBytes, $"dynamic mode's initial tools/list is {bytes} bytes");
        Assert.True(harness.Client.ServerCapabilities.Tools?.ListChanged == true, "the server does not advertise tools.listChanged");
    }

    [Fact]
    public async Task DiscoveryTools_Annotations_ListReadOnlyEnableIdempotentClosedWorld()
    {
        await using var harness = await StartAsync(o => o.DynamicToolsets = true);

        var tools = (await harness.Client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name, t => t.ProtocolTool, StringComparer.Ordinal);

        var list = tools[DynamicToolsets.ListToolName].Annotations!;
        var enable = tools[DynamicToolsets.EnableToolName].Annotations!;
        Assert.Equal<(bool?, bool?, bool?, bool?)>((true, null, null, false), (list.ReadOnlyHint, list.DestructiveHint, list.IdempotentHint, list.OpenWorldHint));
        Assert.Equal((false, false, true, false), (enable.ReadOnlyHint, enable.DestructiveHint, enable.IdempotentHint, enable.OpenWorldHint));
        Assert.All(tools.Values.Where(t => DynamicToolsets.IsDiscoveryTool(t.Name)), t => Assert.NotNull(t.OutputSchema));
    }

    [Fact]
    public async Task EnableToolset_Gl_NotifiesListChangedAndListsGlTools()
    {
        await using var harness = await StartAsync(o => o.DynamicToolsets = true);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var handler = harness.Client.RegisterNotificationHandler(NotificationMethods.ToolListChangedNotification, (_, _) =>
        {
            changed.TrySetResult();
            return ValueTask.CompletedTask;
        });
        var before = await harness.CallAsync("get_trial_balance", new { period = "Q1" });

        var enabled = await harness.CallAsync(DynamicToolsets.EnableToolName, new { toolset = "gl" });
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var tools = await harness.Client.ListToolsAsync(cancellationToken: Ct);
        var again = await harness.CallAsync(DynamicToolsets.EnableToolName, new { toolset = "GL" });

        Assert.True(before.IsError);
        Assert.Contains("call enable_toolset with toolset 'gl' first", ToolsHarness.Text(before), StringComparison.Ordinal);
        Assert.NotEqual(true, enabled.IsError);
        var structured = ToolsHarness.Structured(enabled);
        Assert.False(structured.GetProperty("alreadyEnabled").GetBoolean());
        string[] glReads = [.. ToolCatalog.ByName.Values.Where(t => t.Toolset == IntacctToolsets.GeneralLedger && t.WriteKind == ToolWriteKind.Read).Select(t => t.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(glReads, structured.GetProperty("tools").EnumerateArray().Select(e => e.GetString()!));
        string[] expected = [.. ContextTools(), .. glReads, DynamicToolsets.ListToolName, DynamicToolsets.EnableToolName];
        Assert.Equal(expected.Order(StringComparer.Ordinal), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(tools, t => t.Name == "create_journal_entry");
        Assert.True(ToolsHarness.Structured(again).GetProperty("alreadyEnabled").GetBoolean());
    }

    [Theory]
    [InlineData("payroll", "Unknown toolset 'payroll' for 'toolset'. Accepted: context, gl, ap.")]
    [InlineData("raw", "Toolset 'raw' is not offered by this server (--toolsets). Accepted: context, gl, ap.")]
    public async Task EnableToolset_NotAnOfferedToolset_ErrorListsAcceptedNames(string toolset, string expected)
    {
        await using var harness = await StartAsync(o =>
        {
            o.DynamicToolsets = true;
            o.Toolsets.Add("context");
            o.Toolsets.Add("gl");
            o.Toolsets.Add("ap");
        });

        var result = await harness.CallAsync(DynamicToolsets.EnableToolName, new { toolset });

        Assert.True(result.IsError);
        Assert.Equal(expected, ToolsHarness.Text(result));
    }

    [Fact]
    public async Task EnableToolset_NoArgument_ErrorNamesIt()
    {
        await using var harness = await StartAsync(o => o.DynamicToolsets = true);

        var result = await harness.CallAsync(DynamicToolsets.EnableToolName);

        Assert.True(result.IsError);
        Assert.Contains("toolset", ToolsHarness.Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListToolsets_WritesOnAfterEnablingAp_MatchesOutputSchemaAndShowsState()
    {
        await using var harness = await StartAsync(o =>
        {
            o.DynamicToolsets = true;
            o.AllowWrites = true;
        });
        var schemas = (await harness.Client.ListToolsAsync(cancellationToken: Ct))
            .ToDictionary(t => t.Name, t => JsonSchema.FromText(t.ProtocolTool.OutputSchema!.Value.GetRawText()), StringComparer.Ordinal);

        var enabled = await harness.CallAsync(DynamicToolsets.EnableToolName, new { toolset = "ap" });
        var listed = await harness.CallAsync(DynamicToolsets.ListToolName);

        Assert.True(schemas[DynamicToolsets.EnableToolName].Evaluate(ToolsHarness.Structured(enabled), Validation).IsValid);
        var structured = ToolsHarness.Structured(listed);
        Assert.True(schemas[DynamicToolsets.ListToolName].Evaluate(structured, Validation).IsValid, structured.GetRawText());
        var rows = structured.GetProperty("toolsets").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, StringComparer.Ordinal);
        Assert.Equal(IntacctToolsets.All, rows.Keys);
        Assert.Equal(
            IntacctToolsets.All.Select(s => s is IntacctToolsets.Context or IntacctToolsets.AccountsPayable),
            rows.Values.Select(r => r.GetProperty("enabled").GetBoolean()));
        Assert.Contains("create_bill", rows["ap"].GetProperty("tools").EnumerateArray().Select(e => e.GetString()));
        Assert.All(rows.Values, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("description").GetString())));
        Assert.DoesNotContain("Caution", ToolsHarness.Text(listed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTools_DynamicOnWithoutASession_EveryToolsetAsWithoutDynamicMode()
    {
        // A caller principal and no session ID is how a sessionless HTTP request looks: nothing could remember an enable.
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("scope", "intacct:read")], "test"));
        await using var harness = await StartAsync(o => o.DynamicToolsets = true, user);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: Ct);

        Assert.Contains(tools, t => t.Name == "list_bills");
        Assert.DoesNotContain(tools, t => DynamicToolsets.IsDiscoveryTool(t.Name));
    }

    [Fact]
    public void Descriptions_EveryToolset_HasOne()
    {
        Assert.All(IntacctToolsets.All, toolset => Assert.False(string.IsNullOrWhiteSpace(ToolsetDescriptions.For(toolset)), toolset));
    }

    private static string[] ContextTools() =>
        [.. ToolCatalog.ByName.Values.Where(t => t.Toolset == IntacctToolsets.Context).Select(t => t.Name).Order(StringComparer.Ordinal)];

    private static int Size(IEnumerable<McpClientTool> tools)
    {
        var json = JsonSerializer.Serialize(new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] }, McpJsonUtilities.DefaultOptions);
        return Encoding.UTF8.GetByteCount(json);
    }
}
