using IntacctMcp.Sandbox;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// "What is our cash position today?" and "Which departments and projects do we have?" over stdio, through the built
/// executable: the answers match the sandbox's records and the GL, and each costs Sage one or two queries once the
/// bank and card account lists are cached.
/// </summary>
public sealed class StdioCashAndDimensionsTests(StdioServerFixture fixture) : IClassFixture<StdioServerFixture>
{
    private const string QueryRoute = "POST /services/core/query";

    private SandboxServer Sandbox => fixture.Sandbox;

    [Fact]
    public async Task GetCashPosition_Today_MatchesTheGlWithOneQueryOnceTheAccountListsAreCached()
    {
        var (cold, coldCounters) = await AskAsync("get_cash_position", new Dictionary<string, object?>());
        var (warm, warmCounters) = await AskAsync("get_cash_position", new Dictionary<string, object?> { ["asOf"] = "today" });

        CashAndDimensionChecks.CheckCashPosition(Sandbox, Structured(cold), FiveQuestions.Today);
        CashAndDimensionChecks.CheckCashPosition(Sandbox, Structured(warm), FiveQuestions.Today);

        // Cold: the checking, savings and card lists (cached for five minutes) and one aggregate query, unless another test
        // of this class asked first; warm: the aggregate only.
        Assert.Contains(coldCounters.RequestsByRoute.GetValueOrDefault(QueryRoute), new long[] { 1, 4 });
        Assert.Equal(1, warmCounters.RequestsByRoute.GetValueOrDefault(QueryRoute));
        Assert.Equal(1, warmCounters.ApiRequests);
    }

    [Fact]
    public async Task GetCashPosition_LastMonth_AgreesWithTheTrialBalanceAtMonthEnd()
    {
        var today = FiveQuestions.Today;
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);

        var (cash, _) = await AskAsync("get_cash_position", new Dictionary<string, object?> { ["asOf"] = "last_month" });
        var (trialBalance, _) = await AskAsync("get_trial_balance", new Dictionary<string, object?> { ["period"] = "last_month", ["groupBy"] = "account" });

        CashAndDimensionChecks.CheckCashPosition(Sandbox, Structured(cash), monthEnd);
        CashAndDimensionChecks.CheckAgreesWithTrialBalance(Structured(cash), Structured(trialBalance));
    }

    [Theory]
    [InlineData("department", "company-config/department", true)]
    [InlineData("project", "projects/project", true)]
    [InlineData("employee", "company-config/employee", false)]
    public async Task ListDimensionValues_Dimension_OneQueryListingEveryValue(string dimension, string objectName, bool hasParent)
    {
        var (result, counters) = await AskAsync("list_dimension_values", new Dictionary<string, object?> { ["dimension"] = dimension });

        CashAndDimensionChecks.CheckDimension(Sandbox, Structured(result), objectName, hasParent);
        Assert.Equal(1, counters.RequestsByRoute.GetValueOrDefault(QueryRoute));
        Assert.Equal(1, counters.ApiRequests);
    }

    [Theory]
    [InlineData("list_dimension_values", "dimension", "colour", "department, location, class, project, employee, item")]
    [InlineData("get_cash_position", "asOf", "2999-12-31", "is in the future")]
    [InlineData("get_cash_position", "asOf", "the day before yesterday", "yyyy-mm-dd")]
    public async Task BadArgument_IsAToolErrorNamingItAndTheAcceptedValues_WithoutCallingSage(string tool, string argument, string value, string expected)
    {
        var (result, counters) = await AskAsync(tool, new Dictionary<string, object?> { [argument] = value });

        Assert.True(result.IsError);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.Contains($"Invalid argument '{argument}'", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(0, counters.ApiRequests);
    }

    private static System.Text.Json.JsonElement Structured(CallToolResult result) =>
        result.StructuredContent ?? throw new InvalidOperationException("no structured content: " + string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));

    // Tests of one class run one at a time, so the counters show exactly this question's Sage calls.
    private async Task<(CallToolResult Result, SandboxCounters Counters)> AskAsync(string tool, IReadOnlyDictionary<string, object?> arguments)
    {
        Sandbox.Control.ResetCounters();
        var result = await fixture.Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        return (result, Sandbox.Control.GetCounters());
    }
}
