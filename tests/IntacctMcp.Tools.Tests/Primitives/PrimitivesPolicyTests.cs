using System.Security.Claims;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Primitives;

/// <summary>Prompts, resources and completions under the server's policy: toolsets, dynamic mode, callers' companies and scopes.</summary>
public sealed class PrimitivesPolicyTests
{
    private static readonly string[] PromptNames = ["month_end_review", "ap_payment_run", "ar_collections", "budget_review", "vendor_review"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Capabilities_AdvertisePromptsResourcesAndCompletions()
    {
        await using var harness = await StartAsync(null);

        var capabilities = harness.Client.ServerCapabilities;

        Assert.NotNull(capabilities.Prompts);
        Assert.NotNull(capabilities.Resources);
        Assert.NotNull(capabilities.Completions);
    }

    [Fact]
    public async Task DynamicToolsets_PlanStartsWithTheEnableCallsTheSessionStillNeeds()
    {
        await using var harness = await StartAsync(o => o.DynamicToolsets = true);

        var first = PromptPlanLines.Calls(await harness.Client.GetPromptAsync("month_end_review", cancellationToken: Ct));
        await harness.CallAsync("enable_toolset", new { toolset = "gl" });
        var second = PromptPlanLines.Calls(await harness.Client.GetPromptAsync("month_end_review", cancellationToken: Ct));

        Assert.Equal(["gl", "ap", "ar", "statements"], first.TakeWhile(c => c.Tool == "enable_toolset").Select(c => c.Arguments["toolset"]!.ToString()));
        Assert.Equal(["ap", "ar", "statements"], second.TakeWhile(c => c.Tool == "enable_toolset").Select(c => c.Arguments["toolset"]!.ToString()));
        Assert.Equal(first.Count - 1, second.Count);
    }

    [Fact]
    public async Task SelectedToolsets_PlanNamesOnlyOfferedTools_AndAPlanWithNoneIsRefused()
    {
        await using var harness = await StartAsync(o => o.Toolsets.Add("ap"));

        var monthEnd = await harness.Client.GetPromptAsync("month_end_review", cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => harness.Client.GetPromptAsync("budget_review", cancellationToken: Ct).AsTask());

        Assert.Equal(["get_ap_aging"], PromptPlanLines.Calls(monthEnd).Select(c => c.Tool));
        Assert.Contains("left out", PromptPlanLines.Text(monthEnd), StringComparison.Ordinal);
        Assert.Contains("--toolsets", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Prompts_NeverNameAWriteTool_WithWritesOnOrOff(bool allowWrites)
    {
        await using var harness = await StartAsync(o => o.AllowWrites = allowWrites);

        // vendor_review and budget_review read the vendor and budget lists (the fake has none); PromptsTests covers them on the sandbox.
        foreach (var name in PromptNames.Where(n => n != "vendor_review" && n != "budget_review"))
        {
            var calls = PromptPlanLines.Calls(await harness.Client.GetPromptAsync(name, cancellationToken: Ct));

            Assert.All(calls, c => Assert.Equal(ToolWriteKind.Read, ToolCatalog.Find(c.Tool)!.WriteKind));
        }
    }

    [Fact]
    public async Task CompanyClaim_LimitsCompaniesResourceCompletionsAndReads()
    {
        var provider = new FakeClientProvider("east", "west");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("scope", "intacct:read"), new Claim("intacct_company", "east")], "test"));
        await using var harness = await ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(provider), user: user, cancellationToken: Ct);

        var companies = await harness.Client.ReadResourceAsync("intacct://companies", cancellationToken: Ct);
        var completion = await harness.Client.CompleteAsync(new PromptReference { Name = "month_end_review" }, "company", string.Empty, cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => harness.Client.ReadResourceAsync("intacct://west/accounts", cancellationToken: Ct).AsTask());
        var prompt = await Assert.ThrowsAsync<McpProtocolException>(() => harness.Client.GetPromptAsync("month_end_review", new Dictionary<string, object?> { ["company"] = "west" }, cancellationToken: Ct).AsTask());

        var text = Assert.IsType<TextResourceContents>(Assert.Single(companies.Contents)).Text;
        Assert.Contains("\"east\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("west", text, StringComparison.Ordinal);
        Assert.Equal(["east"], completion.Completion.Values);
        Assert.Contains("use one of: east", refused.Message, StringComparison.Ordinal);
        Assert.Equal(McpErrorCode.InvalidParams, prompt.ErrorCode);
        Assert.Contains("use one of: east", prompt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutReadScope_ResourcesAreRefusedAndCompletionsOfferNothing()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("scope", "intacct:write"), new Claim("intacct_company", "*")], "test"));
        await using var harness = await StartAsync(null, user);

        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => harness.Client.ReadResourceAsync("intacct://companies", cancellationToken: Ct).AsTask());
        var completion = await harness.Client.CompleteAsync(new PromptReference { Name = "vendor_review" }, "vendor", "A", cancellationToken: Ct);

        Assert.Contains("intacct:read", refused.Message, StringComparison.Ordinal);
        Assert.Empty(completion.Completion.Values);
    }

    private static Task<ToolsHarness> StartAsync(Action<IntacctToolsOptions>? configure, ClaimsPrincipal? user = null) =>
        ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(new FakeClientProvider("demo")), configure, user, Ct);
}
