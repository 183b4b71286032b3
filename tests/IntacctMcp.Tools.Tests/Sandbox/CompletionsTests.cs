using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>completion/complete for prompt arguments and template parameters against the sandbox, and what it costs Sage.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CompletionsTests(SandboxFixture fixture)
{
    private static readonly PromptReference VendorReview = new() { Name = "vendor_review" };
    private static readonly ResourceTemplateReference Dimension = new() { Uri = "intacct://{company}/dimensions/{dimension}" };

    private ToolsHarness Tools => fixture.Tools;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Ac", "Acme Maintenance")]
    [InlineData("ac", "Acme Maintenance")]
    [InlineData("Maint", "Acme Maintenance")]
    [InlineData("V100", "V1004")]
    public async Task Vendor_PrefixOfIdOrOfAnyWordOfTheName_OffersIt(string prefix, string expected)
    {
        var completion = await CompleteAsync(Tools.Client, VendorReview, "vendor", prefix);

        Assert.Contains(expected, completion.Values);
        Assert.True(completion.Values.Count <= 100);
    }

    [Fact]
    public async Task Customer_AnyCaseNamePrefix_OffersOnlyMatchingCustomers()
    {
        var customers = fixture.Sandbox.ExportObjects("accounts-receivable/customer").Select(c => (string)c["name"]!).ToList();
        var prefix = customers[0][..3].ToLowerInvariant();
        var expected = customers.Where(n => n.Split(' ').Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal);

        await using var harness = await ColdAsync();
        var completion = await CompleteAsync(harness.Client, new PromptReference { Name = "any_prompt" }, "customer", prefix);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, completion.Values.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("company", "t", new[] { "throttled" })]
    [InlineData("period", "last", new[] { "last_month", "last_quarter", "last_year" })]
    [InlineData("dimension", "c", new[] { "class", "customer" })]
    [InlineData("budget", "std", new[] { "Std_Budget" })]
    [InlineData("glAccount", "61", new[] { "6100" })]
    [InlineData("object", "accounts-payable/v", new[] { "accounts-payable/vendor" })]
    public async Task Argument_ByName_OffersItsValues(string argument, string prefix, string[] expected)
    {
        var completion = await CompleteAsync(Tools.Client, new PromptReference { Name = "month_end_review" }, argument, prefix);

        Assert.All(expected, e => Assert.Contains(e, completion.Values));
        Assert.All(completion.Values, v => Assert.True(v.Contains(prefix, StringComparison.OrdinalIgnoreCase) || argument == "glAccount", v));
    }

    [Fact]
    public async Task Period_QuarterPrefix_OffersThisYearsAndLastYearsQuarters()
    {
        var year = DateTime.Now.Year;

        var completion = await CompleteAsync(Tools.Client, new PromptReference { Name = "budget_review" }, "period", "Q1");

        Assert.Equal([$"Q1 {year}", $"Q1 {year - 1}"], completion.Values);
    }

    [Fact]
    public async Task DimensionValue_UsesTheDimensionChosenInContext()
    {
        var values = await Tools.Client.CompleteAsync(
            new CompleteRequestParams { Ref = Dimension, Argument = new Argument { Name = "value", Value = "F" }, Context = new CompleteContext { Arguments = new Dictionary<string, string> { ["dimension"] = "department" } } },
            Ct);

        Assert.Contains("FIN", values.Completion.Values);
    }

    [Fact]
    public async Task UnknownArgument_IsAnEmptyListNotAnError()
    {
        var completion = await CompleteAsync(Tools.Client, VendorReview, "colour", "b");

        Assert.Empty(completion.Values);
    }

    [Fact]
    public async Task ManyValues_AtMost100WithTotalAndHasMore()
    {
        var completion = await CompleteAsync(Tools.Client, VendorReview, "object", string.Empty);
        await using var harness = await ColdAsync();
        var accounts = await CompleteAsync(harness.Client, VendorReview, "glAccount", string.Empty);
        var total = fixture.Sandbox.ExportObjects("general-ledger/account").Count;

        Assert.Equal(completion.Values.Count, completion.Total);
        Assert.Equal(Math.Min(total, 100), accounts.Values.Count);
        Assert.Equal(total, accounts.Total);
        Assert.Equal(total > 100, accounts.HasMore);
    }

    [Fact]
    public async Task Vendor_CostsSageOneQueryCold_AndNoneWarm()
    {
        await using var harness = await ColdAsync();
        var control = fixture.Sandbox.Control;
        await harness.CallAsync("test_connection");

        control.ResetCounters();
        var cold = await CompleteAsync(harness.Client, VendorReview, "vendor", "Ac");
        var coldCounters = control.GetCounters();
        control.ResetCounters();
        var warm = await CompleteAsync(harness.Client, VendorReview, "vendor", "Acme");
        var period = await CompleteAsync(harness.Client, VendorReview, "period", "Q");
        var viaTool = await harness.CallAsync("get_ap_aging", new { vendor = "Acme Maintenance" });
        var warmCounters = control.GetCounters();

        Assert.Contains("Acme Maintenance", cold.Values);
        Assert.Contains("Acme Maintenance", warm.Values);
        Assert.NotEmpty(period.Values);
        Assert.Equal(1, coldCounters.ApiRequests);
        Assert.True(viaTool.IsError != true);
        Assert.Equal(1, warmCounters.ApiRequests); // the aging's own query: the tool resolved the vendor from the list the completion cached
    }

    /// <summary>A tools server of its own on the sandbox, its caches empty (a warm list may be minutes older than the sandbox's records).</summary>
    private Task<ToolsHarness> ColdAsync() =>
        ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o =>
            {
                o.DefaultCompany = "cold";
                o.Companies["cold"] = SandboxFixture.Company(fixture.Sandbox, TimeSpan.FromMinutes(2));
            }),
            cancellationToken: Ct);

    private static async Task<Completion> CompleteAsync(McpClient client, Reference reference, string argument, string value) =>
        (await client.CompleteAsync(reference, argument, value, cancellationToken: Ct)).Completion;
}
