using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
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
/// Budget against actual: the budget's details whose reporting periods lie within the period, summed by Sage per
/// account (and department), beside posted income-statement activity in the period (two aggregate queries; a third
/// only when the budget has nothing in the period, to tell a missing budget from an empty one).
/// </summary>
/// <remarks>
/// Amounts are in the account's normal-balance direction (revenue credits, expenses debits), the sign budgets are
/// entered in (reference §9.3 leaves Sage's own sign open). By department, and in the totals, they are net income
/// (revenue less expenses), so a positive variance is favourable.
/// </remarks>
internal static class BudgetVarianceReport
{
    private const string Detail = "general-ledger/budget-detail";
    private const string Sum = "sum:amount";

    /// <summary>Builds the comparison.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference cache (chart of accounts).</param>
    /// <param name="range">The period.</param>
    /// <param name="budget">The budget ID, or <see langword="null"/> for the default budget.</param>
    /// <param name="grouping">Account or department.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> BuildAsync(ToolCall call, ReferenceDataCache cache, DateRange range, string? budget, StatementGrouping grouping, CancellationToken cancellationToken)
    {
        var byDepartment = grouping.IdField is not null;
        List<string> dimension = byDepartment ? [grouping.IdField!, grouping.NameField!] : [];
        var chart = StatementChart.LoadAsync(call, cache, cancellationToken);
        var budgeted = BudgetedAsync(call, range, budget, dimension, cancellationToken);
        var actual = LedgerLines.SumAsync(call, ["glAccount.id", .. dimension], [Filters.Between(LedgerLines.Date, range.Start, range.End), LedgerLines.IncomeStatement], cancellationToken);
        await Task.WhenAll(chart, budgeted, actual);

        var details = await budgeted;
        var budgetId = details.Select(d => Rows.Text(d, "budget.id")).FirstOrDefault(id => id is not null) ?? await FindBudgetAsync(call, budget, cancellationToken);
        var rows = new Dictionary<string, Line>(StringComparer.Ordinal);
        void Add(JsonObject row, decimal actualAmount, decimal budgetAmount, StatementAccount account)
        {
            var id = byDepartment ? Rows.Text(row, grouping.IdField!) ?? "(none)" : account.Id;
            if (!rows.TryGetValue(id, out var line))
            {
                line = new Line(byDepartment ? Rows.Text(row, grouping.NameField!) : account.Name, byDepartment ? 0 : account.Order, account.DebitNormal);
                rows[id] = line;
            }

            line.Actual += actualAmount;
            line.Budget += budgetAmount;
        }

        var accounts = await chart;
        foreach (var (row, debit) in await actual)
        {
            var account = accounts.Get(Rows.Text(row, "glAccount.id") ?? "(none)", isIncomeStatement: true);
            Add(row, byDepartment ? -debit : account.Normal(debit), 0m, account);
        }

        foreach (var row in details)
        {
            var account = accounts.Get(Rows.Text(row, "glAccount.id") ?? "(none)", isIncomeStatement: true);
            var amount = Rows.Aggregate(row, Sum);
            Add(row, 0m, byDepartment && account.DebitNormal ? -amount : amount, account);
        }

        var items = new JsonArray();
        foreach (var (id, row) in rows.OrderBy(r => r.Value.DebitNormal && !byDepartment).ThenBy(r => r.Value.Order).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var variance = row.Actual - row.Budget;
            var item = new JsonObject { ["id"] = id };
            if (row.Name is not null)
            {
                item["name"] = row.Name;
            }

            item["actual"] = Rows.Money(row.Actual);
            item["budget"] = Rows.Money(row.Budget);
            item["variance"] = Rows.Money(variance);
            if (row.Budget != 0)
            {
                item["variancePercent"] = decimal.Round(variance / Math.Abs(row.Budget) * 100m, 1);
            }

            item["favorable"] = !byDepartment && row.DebitNormal ? variance <= 0 : variance >= 0;
            items.Add(item);
        }

        // Totals as net income: revenue less expenses, whichever grouping.
        var sign = (bool debitNormal) => byDepartment || !debitNormal ? 1m : -1m;
        var totalActual = rows.Values.Sum(r => sign(r.DebitNormal) * r.Actual);
        var totalBudget = rows.Values.Sum(r => sign(r.DebitNormal) * r.Budget);
        var data = new JsonObject
        {
            ["period"] = range.ToJson(),
            ["budget"] = budgetId,
            ["groupBy"] = grouping.Name,
            ["rows"] = items,
            ["totals"] = new JsonObject
            {
                ["actual"] = Rows.Money(totalActual),
                ["budget"] = Rows.Money(totalBudget),
                ["variance"] = Rows.Money(totalActual - totalBudget),
            },
        };
        var header = string.Create(CultureInfo.InvariantCulture, $"Budget {budgetId} against posted actuals, {range.Label} ({ArgumentParser.Format(range.Start)}..{ArgumentParser.Format(range.End)}; budget of the reporting periods within it) by {grouping.Name}: net income actual {Amounts.Format(totalActual)}, budget {Amounts.Format(totalBudget)}, variance {Amounts.Format(totalActual - totalBudget)}{(details.Count == 0 ? "; the budget has no amounts in this period" : string.Empty)}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    private static async Task<IReadOnlyList<JsonObject>> BudgetedAsync(ToolCall call, DateRange range, string? budget, IReadOnlyList<string> dimension, CancellationToken cancellationToken)
    {
        var query = new IntacctQuery
        {
            Object = Detail,
            Fields = ["budget.id", "glAccount.id", .. dimension, Sum],
            Filters =
            [
                budget is null ? IntacctFilter.Eq("budget.isDefault", true) : IntacctFilter.Eq("budget.id", budget),
                Filters.Date(IntacctFilterOperator.Gte, "reportingPeriod.startDate", range.Start),
                Filters.Date(IntacctFilterOperator.Lte, "reportingPeriod.endDate", range.End),
            ],
            Start = 1,
            Size = IntacctQuery.MaxSize,
        };
        return await call.Client.QueryAllAsync(query, 100_000, call.Request, cancellationToken).ToListAsync(cancellationToken);
    }

    /// <summary>With no amounts in the period: the budget's ID if it exists, else a tool error naming the budgets there are.</summary>
    private static async Task<string> FindBudgetAsync(ToolCall call, string? budget, CancellationToken cancellationToken)
    {
        var query = new IntacctQuery { Object = "general-ledger/budget", Fields = ["id", "isDefault"], OrderBy = [new IntacctOrderBy("id")], Start = 1, Size = IntacctQuery.MaxSize };
        var budgets = new List<(string Id, bool IsDefault)>();
        await foreach (var row in call.Client.QueryAllAsync(query, 10_000, call.Request, cancellationToken))
        {
            budgets.Add((Rows.Text(row, "id") ?? string.Empty, string.Equals(Rows.Text(row, "isDefault"), "true", StringComparison.OrdinalIgnoreCase)));
        }

        var ids = budgets.Count == 0 ? "none" : string.Join(", ", budgets.Select(b => b.Id));
        if (budget is null)
        {
            return budgets.FirstOrDefault(b => b.IsDefault).Id
                ?? throw new ToolArgumentException("budget", $"company '{call.Company}' has no default budget; pass one of: {ids}.");
        }

        return budgets.FirstOrDefault(b => string.Equals(b.Id, budget, StringComparison.Ordinal)).Id
            ?? throw new ToolArgumentException("budget", $"'{budget}' is not a budget of company '{call.Company}'; use one of: {ids}.");
    }

    private sealed class Line(string? name, int order, bool debitNormal)
    {
        public string? Name { get; } = name;

        public int Order { get; } = order;

        public bool DebitNormal { get; } = debitNormal;

        public decimal Actual { get; set; }

        public decimal Budget { get; set; }
    }
}
