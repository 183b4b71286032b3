using System.Globalization;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Writes;

/// <summary>Validates and formats money for Sage: positive, at most 2 decimals, sent as a string with 2 decimals.</summary>
internal static class Amounts
{
    /// <summary>Checks an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="argument">The argument it came from.</param>
    /// <returns>The amount.</returns>
    public static decimal Check(decimal amount, string argument)
    {
        if (amount <= 0)
        {
            throw new ToolArgumentException(argument, $"{amount.ToString(CultureInfo.InvariantCulture)} is not positive; give an amount over 0, e.g. 1250 or 99.95.");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new ToolArgumentException(argument, $"{amount.ToString(CultureInfo.InvariantCulture)} has more than 2 decimals; round to cents, e.g. 99.95.");
        }

        return amount;
    }

    /// <summary>Formats an amount as Sage's decimal string.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>E.g. <c>1250.00</c>.</returns>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Parses Sage's decimal string (or number) leniently, for reading results.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The amount, 0 when absent.</returns>
    public static decimal Parse(System.Text.Json.Nodes.JsonNode? value) => value switch
    {
        null => 0m,
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) => p,
        _ => 0m,
    };
}
