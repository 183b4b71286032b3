using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using ModelContextProtocol.Protocol;
using Xunit;
using static IntacctMcp.Server.Tests.EndToEnd.FiveQuestions;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// The statements tools over stdio through the built executable, against the sandbox: figures computed from the
/// sandbox's exported records (never its query engine), statements that tie out, Sage calls per question, and tool
/// errors for bad arguments.
/// </summary>
public sealed class StatementsStdioTests(StdioServerFixture fixture) : IClassFixture<StdioServerFixture>
{
    private const string QueryRoute = "POST /services/core/query";

    private SandboxServer Sandbox => fixture.Sandbox;

    [Fact]
    public async Task IncomeStatement_LastQuarterByDepartmentAgainstPrior_MatchesLinesInTwoQueries()
    {
        await WarmChartAsync();
        var thisQuarter = new DateOnly(Today.Year, ((Today.Month - 1) / 3 * 3) + 1, 1);
        var (data, queries) = await AskAsync("get_income_statement", new { period = "last_quarter", groupBy = "department", compare = "prior_period" });

        var current = Income(thisQuarter.AddMonths(-3), thisQuarter.AddDays(-1));
        var prior = Income(thisQuarter.AddMonths(-6), thisQuarter.AddMonths(-3).AddDays(-1));
        var totals = data.GetProperty("totals");
        Assert.Equal(current.Sum(l => l.Net), Money(totals.GetProperty("netIncome")));
        Assert.Equal(prior.Sum(l => l.Net), Money(totals.GetProperty("priorNetIncome")));
        Assert.Equal(current.Where(l => l.Revenue).Sum(l => l.Net), Money(totals.GetProperty("revenue")));
        Assert.Equal(Money(totals.GetProperty("revenue")) - Money(totals.GetProperty("expenses")), Money(totals.GetProperty("netIncome")));
        Assert.StartsWith("prior period " + Text(thisQuarter.AddMonths(-6)), data.GetProperty("priorPeriod").GetString(), StringComparison.Ordinal);

        // Each department's revenue less expenses is its lines' credits less debits.
        var rows = data.GetProperty("rows").EnumerateArray().ToList();
        foreach (var department in new[] { "FIN", "SALES", "OPS" })
        {
            var mine = rows.Where(r => r.GetProperty("id").GetString() == department).ToList();
            Assert.NotEmpty(mine);
            Assert.Equal(current.Where(l => l.Department == department).Sum(l => l.Net), mine.Sum(r => (r.GetProperty("section").GetString() == "revenue" ? 1 : -1) * Money(r.GetProperty("amount"))));
            Assert.Equal(prior.Where(l => l.Department == department).Sum(l => l.Net), mine.Sum(r => (r.GetProperty("section").GetString() == "revenue" ? 1 : -1) * Money(r.GetProperty("prior"))));
        }

        Assert.Equal(2, queries);
    }

    [Fact]
    public async Task IncomeStatement_Q1ByAccount_NetIncomeEqualsTrialBalanceIncomeAccounts()
    {
        var statement = await AskAsync("get_income_statement", new { period = "Q1", groupBy = "account" });
        var trialBalance = await AskAsync("get_trial_balance", new { period = "Q1", groupBy = "account" });

        var incomeAccounts = Sandbox.ExportObjects("general-ledger/account")
            .Where(a => (string?)a["accountType"] == "incomeStatement").Select(a => (string)a["id"]!).ToHashSet(StringComparer.Ordinal);
        var fromTrialBalance = -trialBalance.Data.GetProperty("rows").EnumerateArray()
            .Where(r => incomeAccounts.Contains(r.GetProperty("account").GetString()!)).Sum(r => Money(r.GetProperty("net")));
        Assert.NotEqual(0m, fromTrialBalance);
        Assert.Equal(fromTrialBalance, Money(statement.Data.GetProperty("totals").GetProperty("netIncome")));
        Assert.All(statement.Data.GetProperty("rows").EnumerateArray(), r => Assert.Contains(r.GetProperty("id").GetString()!, incomeAccounts));
    }

    [Fact]
    public async Task BalanceSheet_EndOfLastMonth_BalancesWithCurrentYearIncomeInTwoQueries()
    {
        await WarmChartAsync();
        var end = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        var (data, queries) = await AskAsync("get_balance_sheet", new { asOf = "last_month" });

        var totals = data.GetProperty("totals");
        Assert.Equal(Text(end), data.GetProperty("asOf").GetString());
        Assert.True(totals.GetProperty("balanced").GetBoolean());
        Assert.Equal(0m, Money(totals.GetProperty("difference")));
        Assert.Equal(Money(totals.GetProperty("assets")), Money(totals.GetProperty("liabilitiesAndEquity")));
        var lines = Lines(DateOnly.MinValue, end);
        Assert.Equal(lines.Where(l => l.Account.StartsWith('1')).Sum(l => l.Debit), Money(totals.GetProperty("assets")));
        Assert.Equal(-lines.Where(l => l.Account.StartsWith('2')).Sum(l => l.Debit), Money(totals.GetProperty("liabilities")));
        var netIncome = data.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "Current-year net income");
        Assert.Equal(Income(new DateOnly(end.Year, 1, 1), end).Sum(l => l.Net), Money(netIncome.GetProperty("amount")));
        Assert.Equal(2, queries);
    }

    [Fact]
    public async Task BalanceSheet_ByAccountAgainstPriorPeriod_BothDatesBalance()
    {
        var (data, _) = await AskAsync("get_balance_sheet", new { asOf = Text(Today), groupBy = "account", compare = "prior_period" });

        var totals = data.GetProperty("totals");
        Assert.True(totals.GetProperty("balanced").GetBoolean());
        Assert.Equal(Money(totals.GetProperty("priorAssets")), Money(totals.GetProperty("priorLiabilities")) + Money(totals.GetProperty("priorEquity")));
        Assert.Equal(Text(new DateOnly(Today.Year, Today.Month, 1).AddDays(-1)), data.GetProperty("priorAsOf").GetString());
        Assert.Contains(data.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetString() == "1590" && r.GetProperty("section").GetString() == "assets" && Money(r.GetProperty("amount")) < 0);
    }

    [Fact]
    public async Task BudgetVariance_Q1_ActualAndBudgetMatchTheRecordsInTwoQueries()
    {
        await WarmChartAsync();
        var (data, queries) = await AskAsync("get_budget_variance", new { period = "Q1" });

        var start = new DateOnly(Today.Year, 1, 1);
        var end = new DateOnly(Today.Year, 3, 31);
        var accounts = Sandbox.ExportObjects("general-ledger/account").ToDictionary(a => (string)a["id"]!, a => (string?)a["normalBalance"] == "debit", StringComparer.Ordinal);
        var periods = Sandbox.ExportObjects("general-ledger/reporting-period")
            .Where(p => Date(p["startDate"]) >= start && Date(p["endDate"]) <= end).Select(p => (string)p["id"]!).ToHashSet(StringComparer.Ordinal);
        var budget = Sandbox.ExportObjects("general-ledger/budget").Single(b => (bool)b["isDefault"]!)["lines"]!.AsArray().OfType<JsonObject>()
            .Where(d => periods.Contains((string)d["reportingPeriod"]!["id"]!))
            .GroupBy(d => (string)d["glAccount"]!["id"]!).ToDictionary(g => g.Key, g => g.Sum(d => Money(d["amount"])), StringComparer.Ordinal);
        var actual = Income(start, end).GroupBy(l => l.Account).ToDictionary(g => g.Key, g => g.Sum(l => accounts[g.Key] ? -l.Net : l.Net), StringComparer.Ordinal);

        Assert.Equal(3, periods.Count);
        Assert.Equal("Std_Budget", data.GetProperty("budget").GetString());
        var rows = data.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.Equal(budget.Keys.Union(actual.Keys).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, row) in rows)
        {
            Assert.Equal(budget.GetValueOrDefault(id), Money(row.GetProperty("budget")));
            Assert.Equal(actual.GetValueOrDefault(id), Money(row.GetProperty("actual")));
            var variance = Money(row.GetProperty("variance"));
            Assert.Equal(Money(row.GetProperty("actual")) - Money(row.GetProperty("budget")), variance);
            Assert.Equal(accounts[id] ? variance <= 0 : variance >= 0, row.GetProperty("favorable").GetBoolean());
        }

        Assert.Equal(Income(start, end).Sum(l => l.Net), Money(data.GetProperty("totals").GetProperty("actual")));
        Assert.Equal(2, queries);
    }

    [Fact]
    public async Task BudgetVariance_ByDepartment_RowsAddUpToTheTotals()
    {
        var (data, _) = await AskAsync("get_budget_variance", new { period = "ytd", groupBy = "department", budget = "Std_Budget" });

        var rows = data.GetProperty("rows").EnumerateArray().ToList();
        var totals = data.GetProperty("totals");
        Assert.Equal(["FIN", "OPS", "SALES"], rows.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(Money(totals.GetProperty("actual")), rows.Sum(r => Money(r.GetProperty("actual"))));
        Assert.Equal(Money(totals.GetProperty("budget")), rows.Sum(r => Money(r.GetProperty("budget"))));
    }

    public static TheoryData<string, string, string, string> BadArguments => new()
    {
        { "get_income_statement", """{"period":"Q5"}""", "period", "last_quarter" },
        { "get_income_statement", """{"groupBy":"project"}""", "groupBy", "department" },
        { "get_income_statement", """{"compare":"last_week"}""", "compare", "prior_year" },
        { "get_balance_sheet", """{"asOf":"2999-01-31"}""", "asOf", "last_month" },
        { "get_balance_sheet", """{"asOf":"whenever"}""", "asOf", "yyyy-mm-dd" },
        { "get_balance_sheet", """{"groupBy":"department"}""", "groupBy", "account" },
        { "get_budget_variance", """{"period":"Q1","budget":"NO_SUCH_BUDGET"}""", "budget", "Std_Budget" },
        { "get_budget_variance", """{"period":"soon"}""", "period", "ytd" },
        { "get_budget_variance", """{"groupBy":"location"}""", "groupBy", "department" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArgument_IsAToolErrorNamingItAndTheAcceptedValues(string tool, string arguments, string argument, string accepted)
    {
        var result = await fixture.Client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments), cancellationToken: TestContext.Current.CancellationToken);

        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.True(result.IsError, text);
        Assert.Contains($"'{argument}'", text, StringComparison.Ordinal);
        Assert.Contains(accepted, text, StringComparison.Ordinal);
    }

    /// <summary>Loads the chart of accounts into the server's 5-minute cache, so that a question's count is its own queries.</summary>
    private async Task WarmChartAsync() => await AskAsync("get_income_statement", new { period = "this_month" });

    // Tests of one class run one at a time, so the counters show exactly this question's Sage calls.
    private async Task<(JsonElement Data, long Queries)> AskAsync(string tool, object arguments)
    {
        Sandbox.Control.ResetCounters();
        var result = await fixture.Client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments)), cancellationToken: TestContext.Current.CancellationToken);
        var data = Structured(result);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        Assert.False(data.TryGetProperty("suspiciousText", out _), $"{tool} flagged free text");
        var counters = Sandbox.Control.GetCounters();
        Assert.Equal(counters.ApiRequests, counters.RequestsByRoute.GetValueOrDefault(QueryRoute));
        return (data, counters.ApiRequests);
    }

    /// <summary>Posted lines with their entry's posting date in a range: account, department, debit-positive amount.</summary>
    private List<(string Account, string? Department, decimal Debit)> Lines(DateOnly first, DateOnly last) =>
    [
        .. Sandbox.ExportObjects("general-ledger/journal-entry")
            .Where(e => (string?)e["state"] == "posted" && Date(e["postingDate"]) >= first && Date(e["postingDate"]) <= last)
            .SelectMany(e => e["lines"]!.AsArray().OfType<JsonObject>())
            .Select(l => ((string)l["glAccount"]!["id"]!, (string?)l["dimensions"]?["department"]?["id"], (string?)l["txnType"] == "debit" ? Money(l["txnAmount"]) : -Money(l["txnAmount"]))),
    ];

    /// <summary>Income-statement lines in a range, as net income (credit positive), and whether the account is revenue.</summary>
    private List<(string Account, string? Department, decimal Net, bool Revenue)> Income(DateOnly first, DateOnly last)
    {
        var accounts = Sandbox.ExportObjects("general-ledger/account").Where(a => (string?)a["accountType"] == "incomeStatement")
            .ToDictionary(a => (string)a["id"]!, a => (string?)a["normalBalance"] == "credit", StringComparer.Ordinal);
        return [.. Lines(first, last).Where(l => accounts.ContainsKey(l.Account)).Select(l => (l.Account, l.Department, -l.Debit, accounts[l.Account]))];
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
