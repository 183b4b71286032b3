using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>The chart of accounts as statements read it, from <see cref="ReferenceDataCache"/> (no Sage call when cached).</summary>
internal sealed class StatementChart
{
    private readonly Dictionary<string, StatementAccount> _accounts;
    private readonly Dictionary<string, bool> _debitCategories;

    private StatementChart(Dictionary<string, StatementAccount> accounts)
    {
        _accounts = accounts;
        _debitCategories = accounts.Values.GroupBy(a => a.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(a => a.DebitNormal) * 2 >= g.Count(), StringComparer.Ordinal);
    }

    /// <summary>Loads the chart.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference cache.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chart.</returns>
    public static async Task<StatementChart> LoadAsync(ToolCall call, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        var rows = await cache.GetAsync(call, ReferenceKind.Accounts, cancellationToken);
        var accounts = new Dictionary<string, StatementAccount>(StringComparer.Ordinal);
        var order = 0;
        foreach (var row in rows)
        {
            if (Rows.Text(row, "id") is not { } id)
            {
                continue;
            }

            accounts[id] = new StatementAccount(
                id,
                Rows.Text(row, "name"),
                Rows.Text(row, "category") is { Length: > 0 } category ? category : StatementAccount.NoCategory,
                Is(row, "accountType", "incomeStatement"),
                !Is(row, "normalBalance", "credit"),
                Is(row, "closingType", "closedToAccount"),
                order++);
        }

        return new StatementChart(accounts);
    }

    /// <summary>Finds an account, or stands one in for an account created since the chart was cached.</summary>
    /// <param name="id">The account number.</param>
    /// <param name="isIncomeStatement">Which statement the query placed it on.</param>
    /// <returns>The account.</returns>
    public StatementAccount Get(string id, bool isIncomeStatement) => _accounts.GetValueOrDefault(id) ?? StatementAccount.Unknown(id, isIncomeStatement);

    /// <summary>Gets the retained-earnings account (the one income closes to), if the chart marks one.</summary>
    public StatementAccount? RetainedEarnings => _accounts.Values.Where(a => a.IsClosedTo).MinBy(a => a.Order);

    /// <summary>Gets the balance-sheet section of an account: <c>assets</c>, <c>liabilities</c> or <c>equity</c>.</summary>
    /// <param name="account">A balance-sheet account.</param>
    /// <returns>The section.</returns>
    /// <remarks>
    /// Sage's account carries no statement heading: that lives on <c>general-ledger/account-category</c>, which is not in
    /// the published spec this server is held to (reference §9.2, §9.6 "Statement headings"). So: the retained-earnings
    /// account and equity-named categories are equity; otherwise a category whose accounts are mostly debit-normal holds
    /// assets (contra accounts such as accumulated depreciation stay with their assets) and the rest liabilities.
    /// </remarks>
    public string Section(StatementAccount account)
    {
        if (account.IsClosedTo || EquityWords.Any(w => account.Category.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return StatementSections.Equity;
        }

        var debit = account.Category == StatementAccount.NoCategory ? account.DebitNormal : _debitCategories.GetValueOrDefault(account.Category, account.DebitNormal);
        return debit ? StatementSections.Assets : StatementSections.Liabilities;
    }

    private static readonly string[] EquityWords = ["equity", "retained earnings", "paid-in", "share capital", "dividend"];

    private static bool Is(JsonObject row, string field, string value) => string.Equals(Rows.Text(row, field), value, StringComparison.OrdinalIgnoreCase);
}
