using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;

namespace IntacctMcp.Tools.Catalog;

/// <summary>
/// Finishes the output schema the SDK generated from a tool's result type: adds the alternative shapes the generator
/// cannot infer, writes "any JSON" as <c>{}</c> (every client accepts it), and writes repeated same-typed fields once
/// (output schemas travel in every tools/list).
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

        Visit(root, AnyValueAsEmptySchema);
        Visit(root, ShareTypes);
        return JsonSerializer.SerializeToElement(root, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }

    /// <summary>Applies <paramref name="rewrite"/> to every object of a schema, innermost first.</summary>
    private static void Visit(JsonNode? node, Action<JsonObject> rewrite)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, rewrite);
                }

                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    Visit(value, rewrite);
                }

                rewrite(obj);
                break;
        }
    }

    /// <summary>
    /// "Any JSON" comes out as the boolean schema <c>true</c>, which the TypeScript SDK refuses as a property's schema
    /// (and with it the whole tools/list); <c>{}</c> says the same.
    /// </summary>
    private static void AnyValueAsEmptySchema(JsonObject obj)
    {
        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (name, _) in properties.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.True).ToList())
            {
                properties[name] = new JsonObject();
            }
        }
    }

    /// <summary>
    /// In a closed object where two or more required fields have the same schema (the aging buckets, debit/credit/net,
    /// record/field/reason), those fields are named only in <c>required</c> (or in the <c>required</c> of an <c>anyOf</c>
    /// shape) and their schema becomes <c>additionalProperties</c>: the same fields, each of that type, in fewer bytes.
    /// </summary>
    private static void ShareTypes(JsonObject obj)
    {
        if (obj["properties"] is not JsonObject properties
            || obj["additionalProperties"] is not JsonValue closed || !closed.TryGetValue<bool>(out var allowed) || allowed
            || RequiredNames(obj) is not { Count: > 1 } names)
        {
            return;
        }

        var shared = properties.Where(p => names.Contains(p.Key) && p.Value is not null)
            .GroupBy(p => p.Value!.ToJsonString(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (shared is null)
        {
            return;
        }

        obj["additionalProperties"] = shared.First().Value!.DeepClone();
        foreach (var name in shared.Select(p => p.Key).ToList())
        {
            properties.Remove(name);
        }

        if (properties.Count == 0)
        {
            obj.Remove("properties");
        }
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
