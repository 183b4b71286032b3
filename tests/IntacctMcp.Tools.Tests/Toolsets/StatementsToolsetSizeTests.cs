using System.Text;
using System.Text.Json;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Toolsets;

/// <summary>The statements tools' definitions stay small: each within 2 KB of tools/list, output schema included (the brief aimed at 1.5 KB).</summary>
public sealed class StatementsToolsetSizeTests
{
    private const int MaxToolBytes = 2_000;

    [Fact]
    public async Task ListTools_StatementsToolset_EachToolWithinItsBudget()
    {
        await using var harness = await ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(new FakeClientProvider("demo")), o => o.Toolsets.Add(IntacctToolsets.Statements), cancellationToken: TestContext.Current.CancellationToken);
        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var sizes = tools.ToDictionary(t => t.Name, t => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(t.ProtocolTool, McpJsonUtilities.DefaultOptions)));
        TestContext.Current.SendDiagnosticMessage("statements tools/list bytes: " + string.Join(", ", sizes.Select(p => $"{p.Key} {p.Value}")));
        Assert.Equal(["get_balance_sheet", "get_budget_variance", "get_cash_position", "get_income_statement"], sizes.Keys.Order(StringComparer.Ordinal));
        Assert.All(sizes, s => Assert.True(s.Value <= MaxToolBytes, $"{s.Key} is {s.Value} bytes"));
    }
}
