using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Ledger;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>
/// The balance sheet at a date: balance-sheet accounts' balances (posted lines up to the date, summed by Sage per
/// account), plus income not yet closed: earlier years' income joins retained earnings, as Sage's year-end close rolls
/// closing accounts into the closed-to account, and this year's shows as current-year net income. Two aggregate
/// queries per date (all accounts to the date; income accounts since the fiscal year start).
/// </summary>
internal static class BalanceSheetReport
{
    private const string NetIncomeCategory = "Current-year net income";

    /// <summary>Builds the balance sheet.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference cache (chart of accounts).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="byAccount">Whether to show accounts rather than categories.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> BuildAsync(ToolCall call, ReferenceDataCache cache, BalanceSheetDate asOf, bool byAccount, StatementComparison comparison, CancellationToken cancellationToken)
    {
        DateOnly? prior = comparison == StatementComparison.None ? null : asOf.Shift(comparison);
        var chart = StatementChart.LoadAsync(call, cache, cancellationToken);
        var current = BalancesAsync(call, asOf.Date, cancellationToken);
        var compared = prior is { } priorDate ? BalancesAsync(call, priorDate, cancellationToken) : null;
        await Task.WhenAll(new Task[] { chart, current, compared ?? Task.CompletedTask });

        var table = new StatementTable(byAccount);
        Fill(table, await chart, await current, prior: false);
        if (compared is not null)
        {
            Fill(table, await chart, await compared, prior: true);
        }

        var data = new JsonObject { ["asOf"] = ArgumentParser.Format(asOf.Date) };
        if (prior is { } p)
        {
            data["priorAsOf"] = ArgumentParser.Format(p);
        }

        data["groupBy"] = byAccount ? "account" : "category";
        data["rows"] = table.ToJson(prior is not null);
        var totals = Totals(table, prior is not null);
        data["totals"] = totals;

        var balanced = (bool)totals["balanced"]!;
        var header = string.Create(CultureInfo.InvariantCulture, $"Balance sheet at {ArgumentParser.Format(asOf.Date)}{(asOf.Period is { } period ? $" (end of {period.Label})" : string.Empty)} by {data["groupBy"]}, posted entries: assets {Amounts.Format(table.Total(StatementSections.Assets, false))}, liabilities and equity {Amounts.Format(table.Total(StatementSections.Liabilities, false) + table.Total(StatementSections.Equity, false))}{(balanced ? ", balanced" : ", NOT balanced")}; equity includes current-year net income{(prior is { } c ? $"; compared with {ArgumentParser.Format(c)}" : string.Empty)}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    private static async Task<(IReadOnlyList<(JsonObject Row, decimal Debit)> Accounts, decimal YearIncome)> BalancesAsync(ToolCall call, DateOnly date, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(date.Year, 1, 1);
        var accounts = LedgerLines.SumAsync(call, ["glAccount.id"], [Filters.Date(IntacctFilterOperator.Lte, LedgerLines.Date, date)], cancellationToken);
        var year = LedgerLines.SumAsync(call, [], [Filters.Between(LedgerLines.Date, yearStart, date), LedgerLines.IncomeStatement], cancellationToken);
        await Task.WhenAll(accounts, year);
        return (await accounts, -(await year).Sum(r => r.Debit));
    }

    private static void Fill(StatementTable table, StatementChart chart, (IReadOnlyList<(JsonObject Row, decimal Debit)> Accounts, decimal YearIncome) balances, bool prior)
    {
        var income = 0m;
        foreach (var (row, debit) in balances.Accounts)
        {
            var account = chart.Get(Rows.Text(row, "glAccount.id") ?? "(none)", isIncomeStatement: false);
            if (account.IsIncomeStatement)
            {
                income -= debit;
                continue;
            }

            var section = chart.Section(account);
            table.Add(section, account.Category, account.Order, account.Id, account.Name, section == StatementSections.Assets ? debit : -debit, prior);
        }

        // Income of earlier years, not closed by entries, belongs to retained earnings.
        var earlier = income - balances.YearIncome;
        if (chart.RetainedEarnings is { } retained)
        {
            table.Add(StatementSections.Equity, retained.Category, retained.Order, retained.Id, retained.Name, earlier, prior);
        }
        else
        {
            table.Add(StatementSections.Equity, "Retained earnings", int.MaxValue - 1, string.Empty, null, earlier, prior);
        }

        table.Add(StatementSections.Equity, NetIncomeCategory, int.MaxValue, string.Empty, null, balances.YearIncome, prior);
    }

    private static JsonObject Totals(StatementTable table, bool compare)
    {
        var assets = table.Total(StatementSections.Assets, false);
        var liabilities = table.Total(StatementSections.Liabilities, false);
        var equity = table.Total(StatementSections.Equity, false);
        var totals = new JsonObject
        {
            ["assets"] = Rows.Money(assets),
            ["liabilities"] = Rows.Money(liabilities),
            ["equity"] = Rows.Money(equity),
            ["liabilitiesAndEquity"] = Rows.Money(liabilities + equity),
            ["balanced"] = assets == liabilities + equity,
            ["difference"] = Rows.Money(assets - liabilities - equity),
        };
        if (compare)
        {
            totals["priorAssets"] = Rows.Money(table.Total(StatementSections.Assets, true));
            totals["priorLiabilities"] = Rows.Money(table.Total(StatementSections.Liabilities, true));
            totals["priorEquity"] = Rows.Money(table.Total(StatementSections.Equity, true));
        }

        return totals;
    }
}
