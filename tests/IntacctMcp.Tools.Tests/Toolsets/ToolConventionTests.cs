using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Xunit;

namespace IntacctMcp.Tools.Tests.Toolsets;

public sealed partial class ToolConventionTests
{
    // Output schemas travel in every tools/list too (issue 17), so the budget counts them.
    private const int MaxToolsListBytes = 40_960;

    // The 27 tools of issues 1-18 (writes on) were 40,624 bytes before issue 19 compacted them; this keeps them from
    // growing back and leaves the rest of the 40 KB to new areas.
    private const int MaxContractToolsBytes = 34_500;

    // Every conversation pays for each tool's definition: one short paragraph per tool, one short line per parameter,
    // and no single tool above 2.5 KB (output schema included).
    private const int MaxDescriptionChars = 200;
    private const int MaxParameterDescriptionChars = 200;
    private const int MaxToolBytes = 2_560;

    // The tools of issues 1-18, which MaxContractToolsBytes covers (new areas are measured by the 40 KB test).
    private static readonly string[] ContractTools =
    [
        "test_connection", "list_companies", "list_entities", "describe_object",
        "list_gl_accounts", "get_gl_account", "list_journal_entries", "get_journal_entry", "summarize_journal_entries", "get_trial_balance", "create_journal_entry",
        "list_vendors", "get_vendor", "list_bills", "get_bill", "list_ap_payments", "get_ap_aging", "create_bill",
        "list_customers", "get_customer", "list_invoices", "get_invoice", "list_ar_payments", "get_ar_aging", "create_invoice",
        "query", "call_sage_endpoint",
    ];

    private static Task<ToolsHarness> StartAsync(Action<IntacctToolsOptions>? configure) =>
        ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(new FakeClientProvider("demo")), configure, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task ListTools_WritesOn_EveryToolFollowsTheConventions()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ToolCatalog.ByName.Count, tools.Count);
        Assert.Equal(tools.Count, tools.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            Assert.Matches(SnakeCase(), tool.Name);
            Assert.True(tool.Name.Length <= 48, tool.Name);
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
            Assert.True(tool.Description!.Length <= MaxDescriptionChars, $"{tool.Name}'s description is {tool.Description.Length} chars (budget {MaxDescriptionChars})");
            Assert.True(Bytes(tool) <= MaxToolBytes, $"{tool.Name} is {Bytes(tool)} bytes in tools/list (budget {MaxToolBytes})");
            Assert.NotNull(tool.Annotations);
            var hints = tool.Annotations!;
            Assert.NotNull(hints.ReadOnlyHint);
            if (hints.ReadOnlyHint is true)
            {
                // MCP: destructive and idempotent mean something only for a tool that writes; open world defaults to true.
                Assert.Null(hints.DestructiveHint);
                Assert.Null(hints.IdempotentHint);
                Assert.NotEqual(true, hints.OpenWorldHint);
            }
            else
            {
                Assert.NotNull(hints.DestructiveHint);
                Assert.NotNull(hints.IdempotentHint);
                Assert.NotNull(hints.OpenWorldHint);
            }

            Assert.NotNull(tool.OutputSchema);
            Assert.Equal("object", tool.OutputSchema!.Value.GetProperty("type").GetString());
            Assert.True(tool.OutputSchema.Value.TryGetProperty("properties", out var outputs) && outputs.EnumerateObject().Count() > 1, $"{tool.Name}'s output schema is a bare object");
            var descriptor = ToolCatalog.Find(tool.Name);
            Assert.NotNull(descriptor);
            Assert.Contains(descriptor!.Toolset, IntacctToolsets.All);
            Assert.Equal(descriptor.WriteKind == ToolWriteKind.Read, tool.Annotations.ReadOnlyHint);
            // company and entity mean the same on every tool: the server's instructions say so once (ServerInstructions).
            foreach (var parameter in tool.InputSchema.GetProperty("properties").EnumerateObject().Where(p => p.Name is not ("company" or "entity")))
            {
                Assert.True(parameter.Value.TryGetProperty("description", out var d) && d.GetString()!.Length > 0, $"{tool.Name}.{parameter.Name} has no description");
                Assert.True(d.GetString()!.Length <= MaxParameterDescriptionChars, $"{tool.Name}.{parameter.Name}'s description is {d.GetString()!.Length} chars (budget {MaxParameterDescriptionChars})");
                Assert.Matches(CamelCase(), parameter.Name);
            }
        }
    }

    [Fact]
    public async Task ListTools_AllToolsets_StaysUnder40KB()
    {
        await using var writesOn = await StartAsync(o => o.AllowWrites = true);
        await using var writesOff = await StartAsync(null);

        var on = await SizeAsync(writesOn);
        var off = await SizeAsync(writesOff);

        TestContext.Current.SendDiagnosticMessage($"tools/list: {on} bytes with writes on, {off} bytes with writes off");
        Assert.True(on < MaxToolsListBytes, $"tools/list is {on} bytes with writes on");
        Assert.True(off < on);
    }

    [Fact]
    public async Task ListTools_ContractTools_StayWithinTheirShare()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var contract = tools.Select(t => t.ProtocolTool).Where(t => ContractTools.Contains(t.Name)).ToList();
        var json = JsonSerializer.Serialize(new ListToolsResult { Tools = contract }, McpJsonUtilities.DefaultOptions);
        var bytes = Encoding.UTF8.GetByteCount(json);

        // Where the bytes go, per part, for the next person who has to make room.
        TestContext.Current.SendDiagnosticMessage(
            $"{contract.Count} contract tools: {bytes} bytes; descriptions {contract.Sum(t => Encoding.UTF8.GetByteCount(t.Description ?? string.Empty))}, " +
            $"input schemas {contract.Sum(t => Encoding.UTF8.GetByteCount(t.InputSchema.GetRawText()))}, output schemas {contract.Sum(t => t.OutputSchema is { } o ? Encoding.UTF8.GetByteCount(o.GetRawText()) : 0)}");
        Assert.Equal(ContractTools.Length, contract.Count);
        Assert.True(bytes <= MaxContractToolsBytes, $"the {contract.Count} contract tools are {bytes} bytes in tools/list (budget {MaxContractToolsBytes})");
    }

    [Fact]
    public void Catalog_FindsEveryToolClassInAModuleFolder()
    {
        // Tool classes are found by scanning, so a class that misses [IntacctToolset] or sits outside Modules/<Area>
        // would be silently left out or break the folder rule; name it here instead.
        var marked = typeof(IntacctToolsets).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(McpServerToolTypeAttribute), inherit: false))
            .ToList();

        Assert.NotEmpty(marked);
        Assert.Equal(marked.OrderBy(t => t.FullName, StringComparer.Ordinal), ToolCatalog.ToolTypes.OrderBy(t => t.FullName, StringComparer.Ordinal));
        foreach (var type in marked)
        {
            var toolset = type.GetCustomAttribute<IntacctToolsetAttribute>();
            Assert.True(toolset is not null, $"{type.FullName} has no [IntacctToolset]");
            Assert.Contains(toolset!.Name, IntacctToolsets.All);
            Assert.Matches(ModuleNamespace(), type.Namespace);
            Assert.True(type.IsSealed, $"{type.FullName} is not sealed");
        }

        Assert.All(IntacctToolsets.All, name => Assert.Contains(ToolCatalog.ByName.Values, d => d.Toolset == name));
    }

    [Fact]
    public async Task ListTools_WritesOn_NoOutputSchemaIsABareObject()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            var schema = tool.OutputSchema!.Value;
            Assert.Equal("object", schema.GetProperty("type").GetString());
            Assert.True(schema.TryGetProperty("properties", out var properties) && properties.EnumerateObject().Any(), $"{tool.Name}'s output schema declares no properties");
            Assert.True(properties.TryGetProperty("suspiciousText", out _), $"{tool.Name}'s output schema does not declare suspiciousText");

            // The TypeScript SDK refuses the whole tools/list when a property's schema is not an object (e.g. true).
            Assert.All(properties.EnumerateObject(), p => Assert.True(p.Value.ValueKind == JsonValueKind.Object, $"{tool.Name}.{p.Name}: {p.Value}"));
        }
    }

    [Fact]
    public async Task ListTools_EachToolsetAlone_IsPartOfTheWhole()
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var toolset in IntacctToolsets.All)
        {
            await using var harness = await StartAsync(o =>
            {
                o.AllowWrites = true;
                o.Toolsets.Add(toolset);
            });
            sizes[toolset] = await SizeAsync(harness);
        }

        await using var all = await StartAsync(o => o.AllowWrites = true);
        var whole = await SizeAsync(all);

        TestContext.Current.SendDiagnosticMessage("tools/list per toolset (writes on): " + string.Join(", ", sizes.Select(p => $"{p.Key} {p.Value}")));

        // Each toolset alone repeats only the envelope ({"tools":[]}), so the parts add up to the whole.
        var envelope = Encoding.UTF8.GetByteCount("""{"tools":[]}""");
        Assert.Equal(whole, sizes.Values.Sum(s => s - envelope) + envelope + (IntacctToolsets.All.Count - 1));
    }

    [Fact]
    public void Catalog_KnowsEveryContractTool()
    {
        string[] expected =
        [
            "test_connection", "list_companies", "list_entities", "describe_object",
            "list_gl_accounts", "get_gl_account", "list_journal_entries", "get_journal_entry", "summarize_journal_entries", "get_trial_balance", "create_journal_entry",
            "list_vendors", "get_vendor", "list_bills", "get_bill", "list_ap_payments", "get_ap_aging", "create_bill",
            "list_customers", "get_customer", "list_invoices", "get_invoice", "list_ar_payments", "get_ar_aging", "create_invoice",
            "query", "call_sage_endpoint",
            "get_income_statement", "get_balance_sheet", "get_budget_variance",
            "get_cash_position", "list_dimension_values",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), ToolCatalog.ByName.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["create_bill", "create_invoice", "create_journal_entry"], ToolCatalog.ByName.Values.Where(d => d.WriteKind == ToolWriteKind.Write).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    private static int Bytes(Tool tool) => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(tool, McpJsonUtilities.DefaultOptions));

    private static async Task<int> SizeAsync(ToolsHarness harness)
    {
        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var json = JsonSerializer.Serialize(new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] }, McpJsonUtilities.DefaultOptions);
        return Encoding.UTF8.GetByteCount(json);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^IntacctMcp\.Tools\.Modules\.[A-Z][A-Za-z]*$")]
    private static partial Regex ModuleNamespace();
}
