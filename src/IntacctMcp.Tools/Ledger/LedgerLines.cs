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
    /// <summary>The object queried: journal entry lines.</summary>
    public const string Object = "general-ledger/journal-entry-line";

    /// <summary>The aggregate every balance reads.</summary>
    public const string Sum = "sum:txnAmount";

    /// <summary>
    /// The line's own date. Sage's line has no <c>postingDate</c> (that is the header's); its read-only
    /// <c>entryDate</c> carries the entry's posting date and is filtered without a join to the header (§9.6).
    /// </summary>
    public const string Date = "entryDate";

    /// <summary>Filters income-statement accounts.</summary>
    public static readonly IntacctFilter IncomeStatement = IntacctFilter.Eq("glAccount.accountType", "incomeStatement");

    /// <summary>Queries posted lines: every page of one (usually aggregate) query.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="fields">The fields, aggregates included.</param>
    /// <param name="filters">The date and account filters (posted is added).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows.</returns>
    public static async Task<IReadOnlyList<JsonObject>> QueryAsync(ToolCall call, IReadOnlyList<string> fields, IReadOnlyList<IntacctFilter> filters, CancellationToken cancellationToken)
    {
        var query = new IntacctQuery
        {
            Object = Object,
            Fields = fields,
            Filters = [.. filters, IntacctFilter.Eq("journalEntry.state", "posted")],
            Start = 1,
            Size = IntacctQuery.MaxSize,
        };
        return await call.Client.QueryAllAsync(query, 100_000, call.Request, cancellationToken).ToListAsync(cancellationToken);
    }

    /// <summary>Sums posted lines per group.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="groups">The fields grouped on (<c>txnType</c> is added).</param>
    /// <param name="filters">The date and account filters (posted is added).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups, each with its debit-minus-credit amount.</returns>
    public static async Task<IReadOnlyList<(JsonObject Row, decimal Debit)>> SumAsync(ToolCall call, IReadOnlyList<string> groups, IReadOnlyList<IntacctFilter> filters, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(call, [.. groups, "txnType", Sum], filters, cancellationToken);
        return [.. rows.Select(row => (row, Rows.Aggregate(row, Sum) * (IsDebit(row) ? 1 : -1)))];
    }

    /// <summary>Gets whether an aggregate row sums the debit side.</summary>
    /// <param name="row">A row grouped on <c>txnType</c>.</param>
    /// <returns>True for debits.</returns>
    public static bool IsDebit(JsonObject row) => string.Equals(Rows.Text(row, "txnType"), "debit", StringComparison.OrdinalIgnoreCase);
}
