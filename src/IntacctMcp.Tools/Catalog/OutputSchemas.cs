using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;

namespace IntacctMcp.Tools.Catalog;

/// <summary>
/// Finishes the output schema the SDK generated from a tool's result type: adds the alternative shapes the generator
/// cannot infer, writes "any JSON" as <c>{}</c> (every client accepts it), and leaves <c>null</c> out of optional members' types.
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
        Visit(root, OptionalWithoutNull);
        return JsonSerializer.SerializeToElement(root, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }

    /// <summary>
    /// An optional member's <c>["string","null"]</c> becomes <c>"string"</c>: being absent from <c>required</c> already says
    /// "may be missing", and tools/list goes to the model on every turn. <see cref="OptionalNulls"/> drops such nulls from
    /// results, so what a tool returns still matches. Required members keep their null (e.g. a list's <c>next</c>).
    /// </summary>
    private static void OptionalWithoutNull(JsonObject obj)
    {
        if (obj["properties"] is not JsonObject properties)
        {
            return;
        }

        var required = new HashSet<string>(RequiredNames(obj), StringComparer.Ordinal);
        foreach (var shape in obj["anyOf"] as JsonArray ?? [])
        {
            required.UnionWith(shape is JsonObject o ? RequiredNames(o) : []);
        }

        foreach (var (name, value) in properties)
        {
            if (!required.Contains(name) && value is JsonObject property && property["type"] is JsonArray { Count: 2 } union && union.Any(t => (string?)t == "null"))
            {
                property["type"] = (string?)union.First(t => (string?)t != "null");
            }
        }
    }

    private static IEnumerable<string> RequiredNames(JsonObject obj) =>
        (obj["required"] as JsonArray ?? []).Select(n => (string?)n).OfType<string>();

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
}
