using System.Globalization;
using System.Text.Json;

namespace IntacctMcp.Tools.Arguments;

/// <summary>
/// Checks a call's arguments against the tool's own input schema before the SDK binds them, so that a wrong type, a
/// missing required value, an unknown name or an oversized string is answered with the argument's name and the accepted
/// form — instead of the SDK's generic "An error occurred invoking …", and before anything can reach Sage.
/// </summary>
/// <remarks>Built once per tool (the schema never changes), so a call only walks its own arguments.</remarks>
/// <param name="schema">The tool's JSON schema for its arguments, with nullability (i.e. before any compaction).</param>
internal sealed class ArgumentSchemaValidator(JsonElement schema)
{
    /// <summary>The longest string any argument may carry (Sage's longest text fields are far shorter).</summary>
    public const int MaxStringLength = 4_000;

    private readonly Dictionary<string, JsonElement> _properties =
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.Clone(), StringComparer.Ordinal)
            : [];

    private readonly string[] _required =
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? [.. r.EnumerateArray().Select(x => x.GetString()).OfType<string>()]
            : [];

    /// <summary>Validates a call's arguments.</summary>
    /// <param name="arguments">The call's arguments, or <see langword="null"/> when none were sent.</param>
    /// <returns>What is wrong, naming the argument and the accepted form; <see langword="null"/> when the arguments fit.</returns>
    public string? Validate(IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            if (!_properties.TryGetValue(name, out var property))
            {
                var accepted = _properties.Count == 0 ? "this tool takes no arguments" : "accepted: " + string.Join(", ", _properties.Keys);
                return $"Unknown argument '{name}'; {accepted}.";
            }

            if (Check(name, value, property) is { } problem)
            {
                return problem;
            }
        }

        foreach (var name in _required)
        {
            if (arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                var expected = _properties.TryGetValue(name, out var property) ? Expected(property) : "a value";
                return $"Missing required argument '{name}': give {expected}.";
            }
        }

        return null;
    }

    private static string? Check(string name, JsonElement value, JsonElement property)
    {
        var types = Types(property);
        if (types.Count > 0 && !types.Any(t => Matches(value, t)))
        {
            return $"Argument '{name}' must be {Expected(property)}; got {Describe(value)}.";
        }

        if (value.ValueKind == JsonValueKind.Number && types.Contains("number") && !value.TryGetDecimal(out _))
        {
            return $"Argument '{name}' is {Describe(value)}, out of range; give a plain decimal such as 1250.00.";
        }

        if (value.ValueKind == JsonValueKind.Array && property.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (Types(items) is { Count: > 0 } itemTypes && !itemTypes.Any(t => Matches(item, t)))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"Argument '{name}' must be an array of {Expected(items)}; item {index} is {Describe(item)}.");
                }

                index++;
            }
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length > MaxStringLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Argument '{name}' is {value.GetString()!.Length:N0} characters long; at most {MaxStringLength:N0} are accepted.");
        }

        if (property.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array && value.ValueKind != JsonValueKind.Null
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            return $"Argument '{name}' must be one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}; got {Describe(value)}.";
        }

        return null;
    }

    private static List<string> Types(JsonElement property) =>
        !property.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()).OfType<string>()]
        : [];

    private static bool Matches(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Expected(JsonElement property)
    {
        var names = Types(property).Where(t => t != "null").Select(t => t switch
        {
            "string" => "a string",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            "array" => "an array",
            "object" => "a JSON object",
            _ => t,
        }).ToList();
        var expected = names.Count == 0 ? "a value" : string.Join(" or ", names);
        return Types(property).Contains("null") ? expected + " (or null)" : expected;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string" + Preview(value.GetString()!),
        JsonValueKind.Number => "the number " + Preview(value.GetRawText()).Trim(' ', '"'),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Preview(string text) =>
        text.Length <= 40 ? $" \"{text}\"" : string.Create(CultureInfo.InvariantCulture, $" of {text.Length:N0} characters");
}
