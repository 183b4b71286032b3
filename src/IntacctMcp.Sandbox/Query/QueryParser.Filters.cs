using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Query;

internal static partial class QueryParser
{
    private static SageError? ParseFilters(ObjectDef def, JsonNode? node, JsonNode? expressionNode, DateOnly today, bool ignoreCase,
        out Func<Record, bool>? filter)
    {
        filter = null;
        if (node is null)
        {
            return expressionNode is null ? null : SageError.Invalid("filterExpression needs filters.", "filterExpression");
        }

        if (node is not JsonArray items)
        {
            return SageError.Invalid("filters must be an array of { \"$operator\": { \"field\": value } }.", "filters");
        }

        var compiled = new List<Func<Record, bool>>();
        for (var i = 0; i < items.Count; i++)
        {
            var target = $"filters[{i}]";
            if (items[i] is not JsonObject entry || entry.Count != 1 || entry.First().Value is not JsonObject operands || operands.Count != 1)
            {
                return SageError.Invalid("Each filter must be { \"$operator\": { \"field\": value } }.", target);
            }

            var (op, _) = entry.First();
            var (field, value) = operands.First();
            var error = CompileFilter(def, op, field, value, today, ignoreCase, out var predicate);
            if (error is not null)
            {
                return error;
            }

            compiled.Add(predicate!);
        }

        if (expressionNode is null)
        {
            filter = compiled.Count switch
            {
                0 => null,
                1 => compiled[0],
                _ => record =>
                {
                    foreach (var predicate in compiled)
                    {
                        if (!predicate(record))
                        {
                            return false;
                        }
                    }

                    return true;
                }
                ,
            };
            return null;
        }

        if (expressionNode is not JsonValue expressionValue || !expressionValue.TryGetValue<string>(out var expression))
        {
            return SageError.Invalid("filterExpression must be a string such as \"(1 and 2) or 3\".", "filterExpression");
        }

        return FilterExpressionParser.TryParse(expression, compiled, out filter);
    }

    private static SageError? CompileFilter(ObjectDef def, string op, string field, JsonNode? value, DateOnly today, bool ignoreCase,
        out Func<Record, bool>? predicate)
    {
        predicate = null;
        if (string.Equals(field, "href", StringComparison.Ordinal) || field.EndsWith(".href", StringComparison.Ordinal))
        {
            return SageError.Invalid("href cannot be filtered on.", field);
        }

        var path = FieldPath.TryCompile(def, field);
        if (path is null)
        {
            return UnknownField(def, field);
        }

        if (path.Kind == FieldKind.Reference)
        {
            // Filtering on the reference itself compares its ID, as when the field's id is named.
            path = FieldPath.TryCompile(def, field + ".id") ?? FieldPath.TryCompile(def, field + ".key")!;
        }

        switch (op)
        {
            case "$eq" or "$ne" or "$lt" or "$lte" or "$gt" or "$gte":
                {
                    var error = ConvertOperand(path, value, today, field, out var operand);
                    if (error is not null)
                    {
                        return error;
                    }

                    predicate = Compare(path, op, operand, ignoreCase);
                    return null;
                }

            case "$in" or "$notIn":
                {
                    if (value is not JsonArray list)
                    {
                        return SageError.Invalid($"{op} needs an array of values.", field);
                    }

                    var operands = new List<Operand>();
                    foreach (var item in list)
                    {
                        var error = ConvertOperand(path, item, today, field, out var operand);
                        if (error is not null)
                        {
                            return error;
                        }

                        operands.Add(operand);
                    }

                    var negate = op == "$notIn";
                    predicate = record =>
                    {
                        var actual = path.Read(record);
                        foreach (var operand in operands)
                        {
                            if (Within(actual, operand, ignoreCase))
                            {
                                return !negate;
                            }
                        }

                        return negate;
                    };
                    return null;
                }

            case "$between" or "$notBetween":
                {
                    if (value is not JsonArray { Count: 2 } pair)
                    {
                        return SageError.Invalid($"{op} needs an array of exactly two values.", field);
                    }

                    var error = ConvertOperand(path, pair[0], today, field, out var low);
                    if (error is not null)
                    {
                        return error;
                    }

                    error = ConvertOperand(path, pair[1], today, field, out var high);
                    if (error is not null)
                    {
                        return error;
                    }

                    var negate = op == "$notBetween";
                    predicate = record =>
                    {
                        var actual = path.Read(record);
                        if (actual is null)
                        {
                            return negate;
                        }

                        var inside = ValueComparer.Compare(actual, low.Low, ignoreCase) >= 0 && ValueComparer.Compare(actual, high.High, ignoreCase) <= 0;
                        return inside != negate;
                    };
                    return null;
                }

            case "$contains" or "$notContains" or "$startsWith" or "$notStartsWith" or "$endsWith" or "$notEndsWith" or "$has":
                {
                    if (value is not JsonValue textValue || textValue.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
                    {
                        return SageError.Invalid($"{op} needs a text value.", field);
                    }

                    var text = textValue.GetValueKind() == JsonValueKind.String ? textValue.GetValue<string>() : textValue.ToJsonString();
                    predicate = TextPredicate(path, op, text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                    return null;
                }

            default:
                return SageError.Invalid(
                    $"'{op}' is not a valid operator. Use one of $eq, $ne, $lt, $lte, $gt, $gte, $in, $notIn, $between, $notBetween, $contains, $notContains, $has, $startsWith, $notStartsWith, $endsWith, $notEndsWith.",
                    field);
        }
    }

    private static Func<Record, bool> Compare(FieldPath path, string op, Operand operand, bool ignoreCase) => (op, operand.Low) switch
    {
        // The common equality tests skip the general comparer.
        ("$eq", string text) when !ignoreCase && ReferenceEquals(operand.Low, operand.High) => record => path.Read(record) is string s && string.Equals(s, text, StringComparison.Ordinal),
        ("$ne", string text) when !ignoreCase && ReferenceEquals(operand.Low, operand.High) => record => !(path.Read(record) is string s && string.Equals(s, text, StringComparison.Ordinal)),
        _ => CompareGeneral(path, op, operand, ignoreCase),
    };

    private static Func<Record, bool> CompareGeneral(FieldPath path, string op, Operand operand, bool ignoreCase) => op switch
    {
        "$eq" => record => Within(path.Read(record), operand, ignoreCase),
        "$ne" => record => !Within(path.Read(record), operand, ignoreCase),
        "$lt" => record => path.Read(record) is { } v && ValueComparer.Compare(v, operand.Low, ignoreCase) < 0,
        "$lte" => record => path.Read(record) is { } v && ValueComparer.Compare(v, operand.High, ignoreCase) <= 0,
        "$gt" => record => path.Read(record) is { } v && ValueComparer.Compare(v, operand.High, ignoreCase) > 0,
        _ => record => path.Read(record) is { } v && ValueComparer.Compare(v, operand.Low, ignoreCase) >= 0,
    };

    /// <summary>Equality, widened to "inside the range" for date macros; a null operand matches null values.</summary>
    private static bool Within(object? actual, Operand operand, bool ignoreCase)
    {
        if (operand.Low is null)
        {
            return actual is null;
        }

        if (actual is null)
        {
            return false;
        }

        return ReferenceEquals(operand.Low, operand.High)
            ? ValueComparer.AreEqual(actual, operand.Low, ignoreCase)
            : ValueComparer.Compare(actual, operand.Low, ignoreCase) >= 0 && ValueComparer.Compare(actual, operand.High, ignoreCase) <= 0;
    }

    private static Func<Record, bool> TextPredicate(FieldPath path, string op, string text, StringComparison comparison)
    {
        Func<string, bool> test = op switch
        {
            "$contains" or "$notContains" => s => s.Contains(text, comparison),
            "$startsWith" or "$notStartsWith" => s => s.StartsWith(text, comparison),
            "$endsWith" or "$notEndsWith" => s => s.EndsWith(text, comparison),
            // $has matches a whole word (or list item) of the value, e.g. "Maintenance" in "Acme Maintenance".
            _ => s => s.Split([' ', ',', ';', '|', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(w, text, comparison)),
        };
        var negate = op.StartsWith("$not", StringComparison.Ordinal);
        return record =>
        {
            var actual = RecordJson.AsText(path.Read(record));
            return actual is null ? negate : test(actual) != negate;
        };
    }

    /// <summary>Converts a JSON filter value to the field's stored type; date fields also take the relative macros.</summary>
    private static SageError? ConvertOperand(FieldPath path, JsonNode? node, DateOnly today, string field, out Operand operand)
    {
        operand = Operand.Of(null);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value)
        {
            return SageError.Invalid($"The value for '{field}' must be a single value.", field);
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        switch (path.Kind)
        {
            case FieldKind.Key or FieldKind.Integer:
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    operand = Operand.Of(number);
                    return null;
                }

                break;
            case FieldKind.Decimal or FieldKind.Number:
                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                {
                    operand = Operand.Of(amount);
                    return null;
                }

                break;
            case FieldKind.Boolean:
                if (bool.TryParse(text, out var flag))
                {
                    operand = Operand.Of(flag);
                    return null;
                }

                break;
            case FieldKind.Date:
                if (TryParseDate(text, out var date))
                {
                    operand = Operand.Of(date);
                    return null;
                }

                if (DateMacros.TryResolve(text, today, out var from, out var to))
                {
                    operand = new Operand(from, to);
                    return null;
                }

                return SageError.Invalid($"'{text}' is not a valid date for '{field}'; use yyyy-mm-dd or a date macro such as currentMonth.", field);
            case FieldKind.DateTime:
                if (TryParseDate(text, out var day))
                {
                    var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    operand = new Operand(start, start.AddDays(1).AddTicks(-1));
                    return null;
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
                {
                    operand = Operand.Of(stamp);
                    return null;
                }

                break;
            default:
                operand = Operand.Of(text);
                return null;
        }

        return SageError.Invalid($"'{text}' is not a valid {path.Kind.ToString().ToLowerInvariant()} value for '{field}'.", field);
    }
}
