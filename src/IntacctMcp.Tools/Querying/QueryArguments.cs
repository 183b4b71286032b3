using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Querying;

/// <summary>Parses the <c>query</c> tool's arguments in Sage's own forms, naming the argument and the accepted form on error.</summary>
internal static partial class QueryArguments
{
    private const string FilterForm = "an array of {\"$op\": {\"field\": value}}, e.g. [{\"$eq\": {\"state\": \"posted\"}}, {\"$in\": {\"vendor.id\": [\"V1001\"]}}]; operators: ";

    /// <summary>Checks an object name (<c>application/object</c>).</summary>
    /// <param name="value">The argument.</param>
    /// <param name="argument">The argument name.</param>
    /// <returns>The object name.</returns>
    public static string ObjectName(string? value, string argument = "object")
    {
        var name = ArgumentParser.Required(value, argument, "accounts-payable/bill");
        return ObjectPattern().IsMatch(name)
            ? name
            : throw new ToolArgumentException(argument, $"'{name}' is not an object name; use application/object, e.g. accounts-payable/vendor or general-ledger/journal-entry-line.");
    }

    /// <summary>Parses <c>fields</c>.</summary>
    /// <param name="fields">The argument.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<string> Fields(string[]? fields)
    {
        if (fields is null || fields.Length == 0)
        {
            throw new ToolArgumentException("fields", "required: an array of field paths, e.g. [\"id\",\"name\",\"vendor.id\",\"sum:totalTxnAmountDue\"] (no *).");
        }

        return ArgumentParser.Fields(string.Join(',', fields), [], "fields");
    }

    /// <summary>Parses <c>filters</c>.</summary>
    /// <param name="filters">The argument.</param>
    /// <returns>The filters.</returns>
    public static IReadOnlyList<IntacctFilter> ParseFilters(JsonElement? filters)
    {
        if (filters is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return [];
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            // A lone filter object is accepted as a one-element array.
            return [ParseFilter(element, 1)];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("filters", "not an array");
        }

        var list = new List<IntacctFilter>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            list.Add(ParseFilter(item, ++i));
        }

        return list;
    }

    /// <summary>Parses <c>filterParameters</c>.</summary>
    /// <param name="parameters">The argument.</param>
    /// <returns>The parameters, or <see langword="null"/>.</returns>
    public static IntacctFilterParameters? FilterParameters(JsonElement? parameters)
    {
        if (parameters is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        const string Form = "an object with any of asOfDate (yyyy-mm-dd), includeHierarchyFields, caseSensitiveComparison, includePrivate (booleans)";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ToolArgumentException("filterParameters", "use " + Form + ".");
        }

        var result = new IntacctFilterParameters();
        foreach (var property in element.EnumerateObject())
        {
            result = property.Name switch
            {
                "asOfDate" => result with { AsOfDate = ArgumentParser.Date(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : "?", "filterParameters.asOfDate") },
                "includeHierarchyFields" => result with { IncludeHierarchyFields = Bool(property) },
                "caseSensitiveComparison" => result with { CaseSensitiveComparison = Bool(property) },
                "includePrivate" => result with { IncludePrivate = Bool(property) },
                _ => throw new ToolArgumentException("filterParameters", $"'{property.Name}' is not a filter parameter; use " + Form + "."),
            };
        }

        return result;
    }

    /// <summary>Parses <c>orderBy</c>: Sage's array form <c>[{"field":"desc"}]</c>, or the string form <c>"field desc, field2"</c>.</summary>
    /// <param name="orderBy">The argument.</param>
    /// <returns>The sort keys.</returns>
    public static IReadOnlyList<IntacctOrderBy> OrderBy(JsonElement? orderBy)
    {
        if (orderBy is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return [];
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return ArgumentParser.OrderBy(element.GetString(), []);
        }

        const string Form = "use [{\"field\": \"asc\"|\"desc\"}, …] or \"field desc, field2\".";
        var items = element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().ToList(),
            JsonValueKind.Object => [element],
            _ => throw new ToolArgumentException("orderBy", Form),
        };

        var keys = new List<IntacctOrderBy>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ToolArgumentException("orderBy", Form);
            }

            foreach (var property in item.EnumerateObject())
            {
                var direction = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                keys.AddRange(ArgumentParser.OrderBy($"{property.Name} {direction}", [], "orderBy"));
            }
        }

        return keys;
    }

    /// <summary>Checks <c>filterExpression</c> refers only to filters that exist.</summary>
    /// <param name="expression">The argument.</param>
    /// <param name="filterCount">How many filters there are.</param>
    /// <returns>The expression, or <see langword="null"/>.</returns>
    public static string? FilterExpression(string? expression, int filterCount)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        if (!ExpressionPattern().IsMatch(expression))
        {
            throw new ToolArgumentException("filterExpression", "use 1-based filter positions with and/or and parentheses, e.g. \"(1 and 2) or 3\".");
        }

        foreach (Match m in NumberPattern().Matches(expression))
        {
            var n = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (n < 1 || n > filterCount)
            {
                throw new ToolArgumentException("filterExpression", string.Create(CultureInfo.InvariantCulture, $"refers to filter {n} but filters has {filterCount}; positions are 1-based."));
            }
        }

        return expression.Trim();
    }

    private static IntacctFilter ParseFilter(JsonElement item, int position)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"filter {position}");
        if (item.ValueKind != JsonValueKind.Object || item.EnumerateObject().Count() != 1)
        {
            throw Invalid("filters", where + " must have exactly one operator key");
        }

        var op = item.EnumerateObject().First();
        if (!IntacctFilterOperators.TryParse(op.Name, out var parsed))
        {
            throw Invalid("filters", $"{where}: '{op.Name}' is not an operator");
        }

        if (op.Value.ValueKind != JsonValueKind.Object || op.Value.EnumerateObject().Count() != 1)
        {
            throw Invalid("filters", $"{where}: {op.Name} takes exactly one {{\"field\": value}}");
        }

        var target = op.Value.EnumerateObject().First();
        ArgumentParser.Fields(target.Name, [], "filters");
        var value = JsonNode.Parse(target.Value.GetRawText());
        if (IntacctFilterOperators.TakesArray(parsed) && value is not JsonArray)
        {
            throw Invalid("filters", $"{where}: {op.Name} takes an array value");
        }

        if (parsed is IntacctFilterOperator.Between or IntacctFilterOperator.NotBetween && value is JsonArray { Count: not 2 })
        {
            throw Invalid("filters", $"{where}: {op.Name} takes two values [from, to]");
        }

        return new IntacctFilter(parsed, target.Name, value);
    }

    private static bool Bool(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ToolArgumentException("filterParameters", $"'{property.Name}' takes true or false."),
    };

    private static ToolArgumentException Invalid(string argument, string problem) =>
        new(argument, problem + "; use " + FilterForm + string.Join(' ', IntacctFilterOperators.WireNames) + ".");

    [GeneratedRegex(@"^[a-z][a-z0-9-]*/[A-Za-z0-9][A-Za-z0-9\-_: ]*$")]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"^[\s\d()]*(?:(?:and|or)[\s\d()]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
