using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;

namespace IntacctMcp.Tools.Ledger;

/// <summary>
/// Sums of posted journal entry lines, grouped by Sage's query service (reference §9.6): one aggregate query whatever
/// the number of lines, one row per group and side. The statements and the cash position read balances through it.
/// </summary>
internal static class LedgerLines
{
    /// <summary>The aggregate every balance reads.</summary>
    public const string Sum = "sum:txnAmount";

    /// <summary>The line's own date: the line has no <c>postingDate</c>; <c>entryDate</c> carries it (§9.6).</summary>
    public const string Date = "entryDate";

    /// <summary>Filters income-statement accounts.</summary>
    public static readonly IntacctFilter IncomeStatement = IntacctFilter.Eq("glAccount.accountType", "incomeStatement");

    /// <summary>Sums posted lines per group.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="groups">The fields grouped on (<c>txnType</c> is added).</param>
    /// <param name="filters">The date and account filters (posted is added).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups, each with its debit-minus-credit amount.</returns>
    public static async Task<IReadOnlyList<(JsonObject Row, decimal Debit)>> SumAsync(ToolCall call, IReadOnlyList<string> groups, IReadOnlyList<IntacctFilter> filters, CancellationToken cancellationToken)
    {
        var query = new IntacctQuery
        {
            Object = "general-ledger/journal-entry-line",
            Fields = [.. groups, "txnType", Sum],
            Filters = [.. filters, IntacctFilter.Eq("journalEntry.state", "posted")],
            Start = 1,
            Size = IntacctQuery.MaxSize,
        };
        var rows = new List<(JsonObject, decimal)>();
        await foreach (var row in call.Client.QueryAllAsync(query, 100_000, call.Request, cancellationToken))
        {
            var amount = Rows.Aggregate(row, Sum);
            rows.Add((row, string.Equals(Rows.Text(row, "txnType"), "debit", StringComparison.OrdinalIgnoreCase) ? amount : -amount));
        }

        return rows;
    }
}
