using System.Globalization;
using System.Text.Json;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Writes;

/// <summary>Parses the <c>lines</c> and <c>dimensions</c> arguments of the create tools.</summary>
internal static class LineParser
{
    private const string DimensionForm = "an object of dimension IDs, e.g. {\"department\": \"FIN\", \"location\": \"E100\"}";

    /// <summary>Parses <c>dimensions</c>.</summary>
    /// <param name="dimensions">The argument.</param>
    /// <param name="argument">The argument name.</param>
    /// <returns>Dimension IDs by name.</returns>
    public static IReadOnlyDictionary<string, string> Dimensions(JsonElement? dimensions, string argument = "dimensions")
    {
        if (dimensions is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return new Dictionary<string, string>();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ToolArgumentException(argument, "use " + DimensionForm + ".");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var id = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Object when property.Value.TryGetProperty("id", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ToolArgumentException(argument, $"'{property.Name}' has no ID; use " + DimensionForm + ".");
            }

            result[property.Name] = id.Trim();
        }

        return result;
    }

    /// <summary>Parses <c>lines</c> of a bill or invoice, or builds the single line from amount and account.</summary>
    /// <param name="lines">The <c>lines</c> argument.</param>
    /// <param name="amount">The <c>amount</c> argument.</param>
    /// <param name="glAccount">The <c>glAccount</c> argument.</param>
    /// <param name="memo">The memo for a single line.</param>
    /// <param name="dimensions">Header dimensions, applied to lines that have none of their own.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<DocumentLine> DocumentLines(JsonElement? lines, decimal? amount, string? glAccount, string? memo, IReadOnlyDictionary<string, string> dimensions)
    {
        if (lines is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } element)
        {
            if (amount is not null)
            {
                throw new ToolArgumentException("amount", "give either amount (with glAccount) for one line, or lines, not both.");
            }

            return ParseLines(element, dimensions, journal: false);
        }

        if (amount is null)
        {
            throw new ToolArgumentException("amount", "required (a decimal such as 1250) unless lines is given.");
        }

        if (string.IsNullOrWhiteSpace(glAccount))
        {
            throw new ToolArgumentException("glAccount", "required with amount: the GL account number, e.g. 6100.");
        }

        return [new DocumentLine(glAccount.Trim(), Amounts.Check(amount.Value, "amount"), memo, dimensions)];
    }

    /// <summary>Parses journal entry lines: each with glAccount and debit or credit (or amount and txnType).</summary>
    /// <param name="lines">The argument.</param>
    /// <param name="dimensions">Header dimensions.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<DocumentLine> JournalLines(JsonElement? lines, IReadOnlyDictionary<string, string> dimensions)
    {
        if (lines is not { ValueKind: JsonValueKind.Array } element)
        {
            throw new ToolArgumentException("lines", "required: an array of at least 2 lines, e.g. [{\"glAccount\":\"6100\",\"debit\":100},{\"glAccount\":\"2000\",\"credit\":100}].");
        }

        return ParseLines(element, dimensions, journal: true);
    }

    private static List<DocumentLine> ParseLines(JsonElement element, IReadOnlyDictionary<string, string> dimensions, bool journal)
    {
        var form = journal
            ? "[{\"glAccount\":\"6100\",\"debit\":100,\"memo\":\"…\",\"dimensions\":{…}}, {\"glAccount\":\"2000\",\"credit\":100}]"
            : "[{\"glAccount\":\"6100\",\"amount\":1250,\"memo\":\"…\",\"dimensions\":{\"department\":\"OPS\"}}]";
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            throw new ToolArgumentException("lines", "use a non-empty array: " + form + ".");
        }

        var result = new List<DocumentLine>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"lines[{index}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ToolArgumentException(where, "use an object: " + form + ".");
            }

            var account = Text(item, "glAccount") ?? throw new ToolArgumentException(where + ".glAccount", "required: the GL account number, e.g. 6100.");
            string? txnType = null;
            decimal amount;
            if (journal)
            {
                var debit = Number(item, "debit", where);
                var credit = Number(item, "credit", where);
                var plain = Number(item, "amount", where);
                var type = Text(item, "txnType")?.ToLowerInvariant();
                (txnType, amount) = (debit, credit, plain, type) switch
                {
                    ({ } d, null, null, _) => ("debit", d),
                    (null, { } c, null, _) => ("credit", c),
                    (null, null, { } a, "debit" or "credit") => (type, a),
                    _ => throw new ToolArgumentException(where, "give exactly one of debit or credit (or amount with txnType debit|credit)."),
                };
                amount = Amounts.Check(amount, where + (txnType == "debit" ? ".debit" : ".credit"));
            }
            else
            {
                amount = Amounts.Check(Number(item, "amount", where) ?? throw new ToolArgumentException(where + ".amount", "required: a decimal such as 1250."), where + ".amount");
            }

            var lineDimensions = item.TryGetProperty("dimensions", out var dims) ? Dimensions(dims, where + ".dimensions") : dimensions;
            result.Add(new DocumentLine(account, amount, Text(item, "memo") ?? Text(item, "description"), lineDimensions, txnType));
            index++;
        }

        return result;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : value.GetRawText())
            : null;

    private static decimal? Number(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) => s,
            _ => throw new ToolArgumentException($"{where}.{name}", "use a decimal such as 1250.00."),
        };
    }
}
