using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Data;

/// <summary>
/// The demo company's statements tie out, computed from the exported records (not the query engine): the balance sheet
/// balances at every month end, a year's net income is what the close adds to retained earnings, and the default budget
/// covers every income-statement account and department for every month of the year.
/// </summary>
public sealed class StatementTieOutTests(FixedDateSandboxFixture fixture) : IClassFixture<FixedDateSandboxFixture>
{
    private static readonly DateOnly Today = FixedDateSandboxFixture.Today;

    [Fact]
    public void BalanceSheet_AtEveryMonthEnd_AssetsEqualLiabilitiesPlusEquityAndUnclosedIncome()
    {
        var lines = PostedLines();
        var types = Accounts();
        var checkedEnds = 0;
        for (var end = new DateOnly(2025, 11, 30); end <= Today; end = new DateOnly(end.Year, end.Month, 1).AddMonths(2).AddDays(-1))
        {
            var yearStart = new DateOnly(end.Year, 1, 1);
            decimal assets = 0, liabilities = 0, equity = 0, priorIncome = 0, netIncome = 0;
            foreach (var (account, date, debit) in lines.Where(l => l.Date <= end))
            {
                switch (account[0])
                {
                    case '1': assets += debit; break;
                    case '2': liabilities -= debit; break;
                    case '3': equity -= debit; break;
                    default:
                        Assert.Equal("incomeStatement", types[account]);
                        if (date < yearStart)
                        {
                            priorIncome -= debit;
                        }
                        else
                        {
                            netIncome -= debit;
                        }

                        break;
                }
            }

            Assert.True(assets > 0);
            Assert.Equal(assets, liabilities + equity + priorIncome + netIncome);
            checkedEnds++;
        }

        Assert.Equal(12, checkedEnds); // Nov 30 2025 (opening balances) to Oct 31 2026
    }

    [Fact]
    public void YearEndClose_RetainedEarningsGrowByTheYearsNetIncome()
    {
        var lines = PostedLines();
        var types = Accounts();

        // Retained earnings as the statements show them: the closed-to account plus every closed year's income.
        decimal RetainedEarnings(DateOnly asOf) => -lines
            .Where(l => l.Date <= asOf && (l.Account == "3900" || (types[l.Account] == "incomeStatement" && l.Date.Year < asOf.Year)))
            .Sum(l => l.Debit);

        var netIncome2025 = -lines.Where(l => l.Date.Year == 2025 && types[l.Account] == "incomeStatement").Sum(l => l.Debit);
        Assert.NotEqual(0m, netIncome2025);
        Assert.Equal(netIncome2025, RetainedEarnings(new DateOnly(2026, 1, 31)) - RetainedEarnings(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public async Task DefaultBudget_CoversEveryIncomeAccountAndDepartmentEveryMonth_AndAggregatesBySage()
    {
        var budgets = fixture.Server.ExportObjects("general-ledger/budget");
        var budget = Assert.Single(budgets, b => b["isDefault"]!.GetValue<bool>());
        var details = budget["lines"]!.AsArray().Select(l => l!.AsObject()).ToList();
        var periods = fixture.Server.ExportObjects("general-ledger/reporting-period");
        Assert.Equal(12, periods.Count(p => p["isBudgetable"]!.GetValue<bool>() && p["startDate"]!.GetValue<string>().StartsWith("2026-", StringComparison.Ordinal)));
        var combinations = details.GroupBy(d => (d["glAccount"]!["id"]!.GetValue<string>(), d["dimensions"]!["department"]!["id"]!.GetValue<string>())).ToList();
        Assert.All(combinations, c => Assert.Equal(12, c.Select(d => d["reportingPeriod"]!["id"]!.GetValue<string>()).Distinct().Count()));
        Assert.Contains(combinations, c => c.Key.Item1 == "4000");
        Assert.Contains(combinations, c => c.Key.Item1 == "6000" && c.Key.Item2 == "OPS");

        var result = await fixture.Client.QueryAsync(new
        {
            @object = "general-ledger/budget-detail",
            fields = new[] { "glAccount.id", "sum:amount" },
            filters = new object[]
            {
                Filter("$eq", "budget.isDefault", true),
                Filter("$gte", "reportingPeriod.startDate", "2026-01-01"),
                Filter("$lte", "reportingPeriod.endDate", "2026-03-31"),
            },
            size = 4000,
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var q1 = details
            .Where(d => Quarter1(periods, d["reportingPeriod"]!["id"]!.GetValue<string>()))
            .GroupBy(d => d["glAccount"]!["id"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Sum(d => Amount(d["amount"])));
        Assert.Equal(q1.Count, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(q1[r!["glAccount.id"]!.GetValue<string>()], Amount(r["sum:amount"])));
    }

    private static bool Quarter1(IReadOnlyList<JsonObject> periods, string id) =>
        periods.Single(p => p["id"]!.GetValue<string>() == id)["startDate"]!.GetValue<string>() is "2026-01-01" or "2026-02-01" or "2026-03-01";

    private static Dictionary<string, object> Filter(string op, string field, object value) =>
        new() { [op] = new Dictionary<string, object> { [field] = value } };

    /// <summary>Every posted line as (account, date, signed amount: debit positive).</summary>
    private List<(string Account, DateOnly Date, decimal Debit)> PostedLines() =>
    [
        .. fixture.Server.ExportObjects("general-ledger/journal-entry")
            .Where(e => e["state"]!.GetValue<string>() == "posted")
            .SelectMany(e => e["lines"]!.AsArray().Select(l => (
                l!["glAccount"]!["id"]!.GetValue<string>(),
                DateOnly.ParseExact(e["postingDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                l["txnType"]!.GetValue<string>() == "debit" ? Amount(l["txnAmount"]) : -Amount(l["txnAmount"])))),
    ];

    private Dictionary<string, string> Accounts() =>
        fixture.Server.ExportObjects("general-ledger/account").ToDictionary(a => a["id"]!.GetValue<string>(), a => a["accountType"]!.GetValue<string>());

    private static decimal Amount(JsonNode? node) =>
        node!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? node.GetValue<decimal>() : decimal.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);
}
