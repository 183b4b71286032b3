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

namespace IntacctMcp.Tools.Modules.Cash;

/// <summary>
/// The cash position: the bank and card account lists (cached per company), then one aggregate query that sums the
/// posted journal-entry lines of their GL accounts up to the date, as <c>get_trial_balance</c> computes balances.
/// </summary>
internal static class CashPosition
{
    /// <summary>Computes the cash position at a date.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference-data cache holding the account lists.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="label">How the date was asked for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> ComputeAsync(ToolCall call, ReferenceDataCache cache, DateOnly asOf, string label, CancellationToken cancellationToken)
    {
        var lists = CashAccountKind.All.Select(kind => cache.GetAsync(call, kind.List, cancellationToken)).ToList();
        await Task.WhenAll(lists);
        var accounts = CashAccountKind.All.Zip(lists, (kind, list) => list.Result.Select(row => (Kind: kind, Row: row)))
            .SelectMany(a => a)
            .ToList();
        var glAccounts = accounts.Select(a => Rows.Text(a.Row, a.Kind.GlAccountField)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var balances = glAccounts.Count == 0 ? [] : await BalancesAsync(call, glAccounts, asOf, cancellationToken);

        var rows = new JsonArray();
        foreach (var (kind, row) in accounts)
        {
            var glAccount = Rows.Text(row, kind.GlAccountField);
            rows.Add(new JsonObject
            {
                ["id"] = Rows.Text(row, "id"),
                ["type"] = kind.Type,
                ["name"] = Rows.Text(row, kind.NameField),
                ["status"] = Rows.Text(row, "status") ?? string.Empty,
                ["glAccount"] = glAccount ?? string.Empty,
                ["balance"] = Rows.Money(glAccount is null ? 0 : balances.GetValueOrDefault(glAccount)),
            });
        }

        // Each GL account counts once in the totals, even when two bank accounts name the same one.
        var cards = accounts.Where(a => a.Kind.Type == "creditCard").Select(a => Rows.Text(a.Row, a.Kind.GlAccountField)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cash = glAccounts.Where(g => !cards.Contains(g)).Sum(g => balances.GetValueOrDefault(g));
        var owed = cards.Sum(g => balances.GetValueOrDefault(g));
        var data = new JsonObject
        {
            ["asOf"] = ArgumentParser.Format(asOf),
            ["rows"] = rows,
            ["totals"] = new JsonObject { ["cash"] = Rows.Money(cash), ["creditCards"] = Rows.Money(owed), ["total"] = Rows.Money(cash + owed) },
        };
        var header = string.Create(CultureInfo.InvariantCulture, $"Cash position {label} ({ArgumentParser.Format(asOf)}): {rows.Count} bank and card account(s), GL balances of posted lines (debit positive); cash {Amounts.Format(cash)}, cards {Amounts.Format(owed)}, total {Amounts.Format(cash + owed)}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    /// <summary>Balances of some GL accounts at a date, debit positive: one aggregate query.</summary>
    private static async Task<Dictionary<string, decimal>> BalancesAsync(ToolCall call, IReadOnlyList<string> glAccounts, DateOnly asOf, CancellationToken cancellationToken)
    {
        var sums = await LedgerLines.SumAsync(
            call,
            ["glAccount.id"],
            [Filters.Date(IntacctFilterOperator.Lte, LedgerLines.Date, asOf), IntacctFilter.In("glAccount.id", glAccounts)],
            cancellationToken);
        return sums
            .GroupBy(s => Rows.Text(s.Row, "glAccount.id") ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Debit), StringComparer.Ordinal);
    }
}
