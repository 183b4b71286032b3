using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Ledger;

/// <summary>
/// Journal summaries and the trial balance, from aggregate queries on <c>general-ledger/journal-entry-line</c>
/// (Sage sums server-side; only posted entries count).
/// </summary>
internal static class LedgerReports
{
    private const string Sum = LedgerLines.Sum;

    /// <summary>Debit and credit totals of posted lines in a period, per group (one query).</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="grouping">The grouping.</param>
    /// <param name="range">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> SummarizeAsync(ToolCall call, JournalGrouping grouping, DateRange range, CancellationToken cancellationToken)
    {
        var fields = new List<string> { grouping.IdField };
        if (grouping.NameField is { } nameField)
        {
            fields.Add(nameField);
        }

        fields.AddRange(["txnType", Sum]);
        var rows = await LedgerLines.QueryAsync(call, fields, [Filters.Between(LedgerLines.Date, range.Start, range.End)], cancellationToken);

        var groups = new SortedDictionary<string, (string? Name, decimal Debit, decimal Credit)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = Rows.Text(row, grouping.IdField) ?? "(none)";
            if (grouping.Name == "month" && key.Length >= 7)
            {
                key = key[..7];
            }

            var current = groups.GetValueOrDefault(key);
            var amount = Rows.Aggregate(row, Sum);
            var isDebit = LedgerLines.IsDebit(row);
            groups[key] = (current.Name ?? (grouping.NameField is null ? null : Rows.Text(row, grouping.NameField)), current.Debit + (isDebit ? amount : 0), current.Credit + (isDebit ? 0 : amount));
        }

        var items = new JsonArray();
        foreach (var (key, value) in groups)
        {
            var item = new JsonObject { [grouping.Name] = key };
            if (grouping.NameField is not null)
            {
                item["name"] = value.Name;
            }

            item["debit"] = Rows.Money(value.Debit);
            item["credit"] = Rows.Money(value.Credit);
            item["net"] = Rows.Money(value.Debit - value.Credit);
            items.Add(item);
        }

        var debit = groups.Values.Sum(g => g.Debit);
        var credit = groups.Values.Sum(g => g.Credit);
        var data = new JsonObject
        {
            ["period"] = range.ToJson(),
            ["groupBy"] = grouping.Name,
            ["rows"] = items,
            ["totals"] = Totals(debit, credit),
        };
        var header = string.Create(CultureInfo.InvariantCulture, $"Posted journal entry lines, {range.Label} ({ArgumentParser.Format(range.Start)}..{ArgumentParser.Format(range.End)}), by {grouping.Name}: {groups.Count} group(s); debits {Amounts.Format(debit)}, credits {Amounts.Format(credit)}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    /// <summary>The trial balance: activity in the period and balance at its end, per account or category (two queries).</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="range">The period.</param>
    /// <param name="byCategory">Whether to sum per account category.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> TrialBalanceAsync(ToolCall call, DateRange range, bool byCategory, CancellationToken cancellationToken)
    {
        string[] fields = ["glAccount.id", "glAccount.name", "glAccount.category", "txnType", Sum];
        var activity = LedgerLines.QueryAsync(call, fields, [Filters.Between(LedgerLines.Date, range.Start, range.End)], cancellationToken);
        var balance = LedgerLines.QueryAsync(call, fields, [Filters.Date(IntacctFilterOperator.Lte, LedgerLines.Date, range.End)], cancellationToken);
        await Task.WhenAll(activity, balance);

        var accounts = new SortedDictionary<string, TrialBalanceRow>(StringComparer.Ordinal);
        Accumulate(accounts, await activity, (row, debit, credit) => row with { Debit = row.Debit + debit, Credit = row.Credit + credit });
        Accumulate(accounts, await balance, (row, debit, credit) => row with { Balance = row.Balance + debit - credit });

        IEnumerable<TrialBalanceRow> rows = accounts.Values;
        if (byCategory)
        {
            rows = rows.GroupBy(r => r.Category ?? "(none)", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TrialBalanceRow(g.Key, null, g.Key, g.Sum(r => r.Debit), g.Sum(r => r.Credit), g.Sum(r => r.Balance)));
        }

        var list = rows.Where(r => r.Debit != 0 || r.Credit != 0 || r.Balance != 0).ToList();
        var items = new JsonArray([.. list.Select(r => (JsonNode?)r.ToJson(byCategory))]);
        var debit = list.Sum(r => r.Debit);
        var credit = list.Sum(r => r.Credit);
        var totals = Totals(debit, credit);
        totals["balance"] = Rows.Money(list.Sum(r => r.Balance));
        var data = new JsonObject
        {
            ["period"] = range.ToJson(),
            ["groupBy"] = byCategory ? "category" : "account",
            ["rows"] = items,
            ["totals"] = totals,
        };
        var header = string.Create(CultureInfo.InvariantCulture, $"Trial balance {range.Label} ({ArgumentParser.Format(range.Start)}..{ArgumentParser.Format(range.End)}) by {(byCategory ? "category" : "account")}: {list.Count} row(s); debit = period activity, balance = at period end (debit positive); debits {Amounts.Format(debit)}, credits {Amounts.Format(credit)}{(debit == credit ? ", balanced" : ", NOT balanced")}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    private static void Accumulate(SortedDictionary<string, TrialBalanceRow> accounts, IReadOnlyList<JsonObject> rows, Func<TrialBalanceRow, decimal, decimal, TrialBalanceRow> add)
    {
        foreach (var row in rows)
        {
            var id = Rows.Text(row, "glAccount.id") ?? "(none)";
            var current = accounts.GetValueOrDefault(id) ?? new TrialBalanceRow(id, Rows.Text(row, "glAccount.name"), Rows.Text(row, "glAccount.category"), 0, 0, 0);
            var amount = Rows.Aggregate(row, Sum);
            var isDebit = LedgerLines.IsDebit(row);
            accounts[id] = add(current, isDebit ? amount : 0, isDebit ? 0 : amount);
        }
    }

    private static JsonObject Totals(decimal debit, decimal credit) => new()
    {
        ["debit"] = Rows.Money(debit),
        ["credit"] = Rows.Money(credit),
        ["net"] = Rows.Money(debit - credit),
        ["balanced"] = debit == credit,
    };
}
