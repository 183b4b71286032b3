using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;

namespace IntacctMcp.Tools.Catalog;

/// <summary>
/// Finishes the output schema the SDK generated from a tool's result type: adds the alternative shapes the generator
/// cannot infer, and writes repeated same-typed fields once (output schemas travel in every tools/list).
/// </summary>
internal static class OutputSchemas
{
    /// <summary>Finishes a schema.</summary>
    /// <param name="schema">The generated schema.</param>
    /// <param name="outputType">The tool's result type.</param>
    /// <returns>The schema to advertise.</returns>
    public static JsonElement Compact(JsonElement schema, Type? outputType)
    {
        if (JsonNode.Parse(schema.GetRawText()) is not JsonObject root)
        {
            return schema;
        }

        if (outputType?.GetCustomAttribute<AnyOfRequiredAttribute>() is { } shapes)
        {
            root["anyOf"] = new JsonArray([.. shapes.Shapes.Select(s => (JsonNode?)new JsonObject { ["required"] = new JsonArray([.. s.Select(n => (JsonNode?)n)]) })]);
        }

        ShareTypes(root);

        return JsonSerializer.SerializeToElement(root, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }

    /// <summary>
    /// In a closed object where two or more required fields have the same schema (the aging buckets, debit/credit/net,
    /// record/field/reason), those fields are named only in <c>required</c> (or in the <c>required</c> of an <c>anyOf</c>
    /// shape) and their schema becomes <c>additionalProperties</c>: the same fields, each of that type, at a third of the bytes.
    /// </summary>
    private static void ShareTypes(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    ShareTypes(item);
                }

                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    ShareTypes(value);
                }

                // "Any JSON" comes out as the boolean schema true, which the TypeScript SDK refuses in a property; {} says the same.
                if (obj["properties"] is JsonObject anyValues)
                {
                    foreach (var (name, _) in anyValues.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.True).ToList())
                    {
                        anyValues[name] = new JsonObject();
                    }
                }

                if (obj["properties"] is JsonObject properties
                    && obj["additionalProperties"] is JsonValue closed && closed.TryGetValue<bool>(out var allowed) && !allowed
                    && RequiredNames(obj) is { Count: > 1 } names)
                {
                    var shared = properties.Where(p => names.Contains(p.Key) && p.Value is not null)
                        .GroupBy(p => p.Value!.ToJsonString(), StringComparer.Ordinal)
                        .Where(g => g.Count() > 1)
                        .OrderByDescending(g => g.Count())
                        .FirstOrDefault();
                    if (shared is not null && Shorter(obj, properties, shared.Select(p => p.Key).ToList(), shared.First().Value!) is { } shorter)
                    {
                        obj["additionalProperties"] = shorter.Type;
                        foreach (var name in shorter.Names)
                        {
                            properties.Remove(name);
                        }

                        if (properties.Count == 0)
                        {
                            obj.Remove("properties");
                        }
                    }
                }

                break;
        }
    }

    // Only worth it when the one additionalProperties is shorter than the fields it replaces (two short fields may not be).
    private static (JsonNode Type, List<string> Names)? Shorter(JsonObject obj, JsonObject properties, List<string> names, JsonNode type)
    {
        var listed = names.Sum(n => JsonValue.Create(n).ToJsonString().Length + 2 + properties[n]!.ToJsonString().Length);
        var instead = type.ToJsonString().Length - obj["additionalProperties"]!.ToJsonString().Length;
        return instead < listed ? (type.DeepClone(), names) : null;
    }

    private static HashSet<string> RequiredNames(JsonObject obj)
    {
        var lists = new List<JsonNode?> { obj["required"] };
        if (obj["anyOf"] is JsonArray shapes)
        {
            lists.AddRange(shapes.Select(s => s?["required"]));
        }

        return lists.OfType<JsonArray>().SelectMany(l => l.Select(n => (string?)n)).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
