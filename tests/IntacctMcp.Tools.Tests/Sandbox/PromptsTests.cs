using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Tests.Hosting;
using IntacctMcp.Tools.Tests.Primitives;
using ModelContextProtocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The finance prompts against the sandbox: each renders a plan whose every tool call succeeds.</summary>
[Collection(SandboxCollection.Name)]
public sealed class PromptsTests(SandboxFixture fixture)
{
    public static TheoryData<string, Dictionary<string, string>> Prompts => new()
    {
        { "month_end_review", new() { ["period"] = "last_month" } },
        { "month_end_review", new() { ["period"] = "Q1 2026", ["company"] = "DEMO" } },
        { "ap_payment_run", new() { ["dueWithinDays"] = "30", ["minAmount"] = "5000" } },
        { "ap_payment_run", new() },
        { "ar_collections", new() { ["daysOverdue"] = "30" } },
        { "budget_review", new() { ["period"] = "ytd", ["budget"] = "Std_Budget" } },
        { "budget_review", new() { ["period"] = "last_quarter" } },
        { "vendor_review", new() { ["vendor"] = "Acme Maintenance" } },
    };

    private ToolsHarness Tools => fixture.Tools;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListPrompts_HasTheFiveWithTheirArguments()
    {
        var prompts = await Tools.Client.ListPromptsAsync(cancellationToken: Ct);

        var byName = prompts.ToDictionary(p => p.Name, p => p.ProtocolPrompt.Arguments?.Select(a => a.Name).ToList() ?? []);
        Assert.Equal(["ap_payment_run", "ar_collections", "budget_review", "month_end_review", "vendor_review"], byName.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["period", "company", "entity"], byName["month_end_review"]);
        Assert.Equal(["dueWithinDays", "minAmount", "company", "entity"], byName["ap_payment_run"]);
        Assert.Equal(["daysOverdue", "company", "entity"], byName["ar_collections"]);
        Assert.Equal(["period", "budget", "company", "entity"], byName["budget_review"]);
        Assert.Equal(["vendor", "company", "entity"], byName["vendor_review"]);
        Assert.True(prompts.Single(p => p.Name == "vendor_review").ProtocolPrompt.Arguments!.Single(a => a.Name == "vendor").Required);
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task GetPrompt_RendersAPlanWhoseEveryCallSucceeds(string name, Dictionary<string, string> arguments)
    {
        var result = await Tools.Client.GetPromptAsync(name, arguments.ToDictionary(a => a.Key, a => (object?)a.Value), cancellationToken: Ct);

        var calls = PromptPlanLines.Calls(result);
        Assert.True(calls.Count >= 3, PromptPlanLines.Text(result));
        Assert.Contains("Look for:", PromptPlanLines.Text(result), StringComparison.Ordinal);
        foreach (var (tool, callArguments) in calls)
        {
            var descriptor = ToolCatalog.Find(tool);
            Assert.NotNull(descriptor);
            Assert.NotEqual(ToolWriteKind.Write, descriptor.WriteKind);
            var answer = await Tools.Client.CallToolAsync(tool, callArguments, cancellationToken: Ct);
            Assert.True(answer.IsError != true, $"{name}: {tool} failed: {ToolsHarness.Text(answer)}");
        }
    }

    [Fact]
    public async Task GetPrompt_FillsInWhatIsCheap_PeriodDatesVendorIdAndBudget()
    {
        var monthEnd = PromptPlanLines.Text(await Tools.Client.GetPromptAsync("month_end_review", new Dictionary<string, object?> { ["period"] = "Q1 2026" }, cancellationToken: Ct));
        var vendor = await Tools.Client.GetPromptAsync("vendor_review", new Dictionary<string, object?> { ["vendor"] = "acme maintenance" }, cancellationToken: Ct);
        var budget = PromptPlanLines.Text(await Tools.Client.GetPromptAsync("budget_review", new Dictionary<string, object?> { ["budget"] = "std_budget" }, cancellationToken: Ct));

        Assert.Contains("Q1 2026 (2026-01-01 to 2026-03-31)", monthEnd, StringComparison.Ordinal);
        Assert.Contains("Vendor review of V1004 Acme Maintenance", PromptPlanLines.Text(vendor), StringComparison.Ordinal);
        Assert.All(PromptPlanLines.Calls(vendor), c => Assert.Equal("V1004", c.Arguments["vendor"]!.ToString()));
        Assert.Contains("\"budget\":\"Std_Budget\"", budget, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month_end_review", "period", "next_month", "last_month")]
    [InlineData("ap_payment_run", "dueWithinDays", "soon", "whole number from 1 to 366")]
    [InlineData("ap_payment_run", "minAmount", "-5", "at least 0")]
    [InlineData("ar_collections", "daysOverdue", "3.5", "whole number")]
    [InlineData("budget_review", "budget", "NoSuchBudget", "Std_Budget")]
    [InlineData("vendor_review", "vendor", "Nobody Inc", "No vendor with ID or exact name 'Nobody Inc'")]
    [InlineData("vendor_review", "company", "elsewhere", "demo, throttled")]
    public async Task GetPrompt_BadArgument_IsInvalidParamsNamingItAndTheAcceptedValues(string name, string argument, string value, string accepted)
    {
        var arguments = new Dictionary<string, object?> { [argument] = value };
        if (name == "vendor_review" && argument != "vendor")
        {
            arguments["vendor"] = "V1001";
        }

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => Tools.Client.GetPromptAsync(name, arguments, cancellationToken: Ct).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains(argument == "vendor" ? "No vendor" : $"Invalid argument '{argument}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(accepted, error.Message, StringComparison.Ordinal);
    }
}
