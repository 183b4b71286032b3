using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Ledger;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>
/// The income statement: posted lines of income-statement accounts in a period, summed by Sage per account (and
/// dimension) and side, one aggregate query per column. Credit-normal accounts are revenue (credits − debits),
/// debit-normal ones costs and expenses (debits − credits).
/// </summary>
internal static class IncomeStatementReport
{
    /// <summary>Builds the statement.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference cache (chart of accounts).</param>
    /// <param name="range">The period.</param>
    /// <param name="grouping">The grouping.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> BuildAsync(ToolCall call, ReferenceDataCache cache, DateRange range, StatementGrouping grouping, StatementComparison comparison, CancellationToken cancellationToken)
    {
        var prior = comparison == StatementComparison.None ? null : StatementComparisons.Shift(range, comparison);
        var chart = StatementChart.LoadAsync(call, cache, cancellationToken);
        var current = SumAsync(call, range, grouping, cancellationToken);
        var compared = prior is null ? null : SumAsync(call, prior, grouping, cancellationToken);
        await Task.WhenAll(new Task[] { chart, current, compared ?? Task.CompletedTask });

        var table = new StatementTable(grouping != StatementGrouping.Category);
        Fill(table, await chart, grouping, await current, prior: false);
        if (compared is not null)
        {
            Fill(table, await chart, grouping, await compared, prior: true);
        }

        var data = new JsonObject { ["period"] = range.ToJson() };
        if (prior is not null)
        {
            data["priorPeriod"] = prior.Label;
        }

        data["groupBy"] = grouping.Name;
        data["rows"] = table.ToJson(prior is not null);
        data["totals"] = Totals(table, prior is not null);

        var netIncome = table.Total(StatementSections.Revenue, false) - table.Total(StatementSections.Expenses, false);
        var header = string.Create(CultureInfo.InvariantCulture, $"Income statement {range.Label} ({ArgumentParser.Format(range.Start)}..{ArgumentParser.Format(range.End)}) by {grouping.Name}, posted entries: revenue {Amounts.Format(table.Total(StatementSections.Revenue, false))}, expenses {Amounts.Format(table.Total(StatementSections.Expenses, false))}, net income {Amounts.Format(netIncome)}{(prior is null ? string.Empty : $"; compared with {prior.Label}")}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    private static Task<IReadOnlyList<(JsonObject Row, decimal Debit)>> SumAsync(ToolCall call, DateRange range, StatementGrouping grouping, CancellationToken cancellationToken)
    {
        List<string> groups = ["glAccount.id"];
        if (grouping.IdField is { } idField)
        {
            groups.Add(idField);
            groups.Add(grouping.NameField!);
        }

        return LedgerLines.SumAsync(call, groups, [Filters.Between(LedgerLines.Date, range.Start, range.End), LedgerLines.IncomeStatement], cancellationToken);
    }

    private static void Fill(StatementTable table, StatementChart chart, StatementGrouping grouping, IReadOnlyList<(JsonObject Row, decimal Debit)> rows, bool prior)
    {
        foreach (var (row, debit) in rows)
        {
            var account = chart.Get(Rows.Text(row, "glAccount.id") ?? "(none)", isIncomeStatement: true);
            var section = account.DebitNormal ? StatementSections.Expenses : StatementSections.Revenue;
            var (id, name) = grouping.IdField is { } idField
                ? (Rows.Text(row, idField), Rows.Text(row, grouping.NameField!))
                : (account.Id, account.Name);
            table.Add(section, account.Category, account.Order, id, name, account.Normal(debit), prior);
        }
    }

    private static JsonObject Totals(StatementTable table, bool compare)
    {
        var totals = new JsonObject();
        foreach (var prior in compare ? new[] { false, true } : [false])
        {
            var revenue = table.Total(StatementSections.Revenue, prior);
            var expenses = table.Total(StatementSections.Expenses, prior);
            totals[prior ? "priorRevenue" : "revenue"] = Rows.Money(revenue);
            totals[prior ? "priorExpenses" : "expenses"] = Rows.Money(expenses);
            totals[prior ? "priorNetIncome" : "netIncome"] = Rows.Money(revenue - expenses);
        }

        return totals;
    }
}
