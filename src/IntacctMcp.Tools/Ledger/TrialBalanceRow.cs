using System.Text.Json.Nodes;
using IntacctMcp.Tools.Querying;

namespace IntacctMcp.Tools.Ledger;

/// <summary>One trial balance row: activity in the period and balance at its end (debit positive).</summary>
/// <param name="Id">The account number, or the category when grouped by category.</param>
/// <param name="Name">The account name.</param>
/// <param name="Category">The account category.</param>
/// <param name="Debit">Debit activity in the period.</param>
/// <param name="Credit">Credit activity in the period.</param>
/// <param name="Balance">Balance at the period end, debits minus credits.</param>
internal sealed record TrialBalanceRow(string Id, string? Name, string? Category, decimal Debit, decimal Credit, decimal Balance)
{
    /// <summary>Renders the row.</summary>
    /// <param name="byCategory">Whether the row is a category.</param>
    /// <returns>The row.</returns>
    public JsonObject ToJson(bool byCategory)
    {
        var row = byCategory
            ? new JsonObject { ["category"] = Id }
            : new JsonObject { ["account"] = Id, ["name"] = Name, ["category"] = Category };
        row["debit"] = Rows.Money(Debit);
        row["credit"] = Rows.Money(Credit);
        row["net"] = Rows.Money(Debit - Credit);
        row["balance"] = Rows.Money(Balance);
        return row;
    }
}
