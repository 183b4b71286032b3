using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Results;

namespace IntacctMcp.Tools.Catalog;

/// <summary>
/// Leaves out of a tool's structured content the nulls its output schema does not allow: an optional member whose type
/// <see cref="OutputSchemas"/> wrote without <c>null</c> (Sage sends <c>null</c> for an empty field; absent says the same).
/// </summary>
internal static class OptionalNulls
{
    /// <summary>Drops the nulls of optional, non-nullable members, at any depth the schema describes.</summary>
    /// <param name="content">The structured content.</param>
    /// <param name="schema">The advertised output schema.</param>
    /// <returns>The content, unchanged when it held no such null.</returns>
    public static JsonElement Drop(JsonElement content, JsonObject schema)
    {
        if (JsonNode.Parse(content.GetRawText()) is not JsonObject root || !Drop(root, schema))
        {
            return content;
        }

        return JsonSerializer.SerializeToElement(root, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }

    private static bool Drop(JsonNode? node, JsonObject? schema)
    {
        if (schema is null)
        {
            return false;
        }

        var changed = false;
        if (node is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            var required = (schema["required"] as JsonArray ?? []).Select(n => (string?)n).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, value) in obj.ToList())
            {
                var property = properties[name] as JsonObject;
                if (value is null && !required.Contains(name) && property?["type"] is JsonValue)
                {
                    obj.Remove(name);
                    changed = true;
                }
                else
                {
                    changed |= Drop(value, property);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            foreach (var item in array)
            {
                changed |= Drop(item, items);
            }
        }

        return changed;
    }
}
