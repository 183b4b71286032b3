using System.Text.Json.Nodes;
using IntacctMcp.Tools.Writes;

namespace IntacctMcp.Tools.Querying;

/// <summary>Reads values from flat query rows.</summary>
internal static class Rows
{
    /// <summary>Reads an aggregate, keyed as asked (<c>sum:txnAmount</c>) or by the bare field.</summary>
    /// <param name="row">The row.</param>
    /// <param name="aggregate">The aggregate field, e.g. <c>sum:txnAmount</c>.</param>
    /// <returns>The value; 0 when absent.</returns>
    public static decimal Aggregate(JsonObject row, string aggregate)
    {
        if (row.TryGetPropertyValue(aggregate, out var value))
        {
            return Amounts.Parse(value);
        }

        var bare = aggregate[(aggregate.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return Amounts.Parse(row[bare]);
    }

    /// <summary>Reads a text value by field path.</summary>
    /// <param name="row">The row.</param>
    /// <param name="field">The field path.</param>
    /// <returns>The value as text, or <see langword="null"/>.</returns>
    public static string? Text(JsonObject row, string field) => row[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
    };

    /// <summary>Renders a decimal as a JSON number with 2 decimals.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The node.</returns>
    public static JsonNode Money(decimal amount) => JsonValue.Create(decimal.Round(amount, 2));
}
