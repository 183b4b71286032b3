using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.FreeText;

/// <summary>Leaves memo and description fields out of a result (<c>Tools:FreeText</c> = <c>omit</c>) unless the call named them.</summary>
internal static class FreeTextOmission
{
    /// <summary>Reads the field names a call asked for by name: its <c>fields</c> argument, a comma list or an array.</summary>
    /// <param name="arguments">The call's arguments.</param>
    /// <returns>The names, as given (paths such as <c>lines.memo</c> included).</returns>
    public static IReadOnlySet<string> NamedFields(IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (arguments is null || !arguments.TryGetValue("fields", out var fields))
        {
            return named;
        }

        IEnumerable<string?> values = fields.ValueKind switch
        {
            JsonValueKind.String => fields.GetString()!.Split(','),
            JsonValueKind.Array => fields.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()),
            _ => [],
        };
        foreach (var value in values)
        {
            if (value?.Trim() is { Length: > 0 } name)
            {
                named.Add(name);
            }
        }

        return named;
    }

    /// <summary>Removes memo and description fields, at any depth, that the call did not name.</summary>
    /// <param name="node">A result's structured content, or one text line's JSON.</param>
    /// <param name="named">The fields the call named (<see cref="NamedFields"/>).</param>
    /// <returns>Whether anything was removed.</returns>
    public static bool Apply(JsonNode? node, IReadOnlySet<string> named)
    {
        var removed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (FreeTextFields.IsMemo(FreeTextFields.Leaf(name)) && !IsNamed(name, named))
                    {
                        obj.Remove(name);
                        removed = true;
                    }
                    else
                    {
                        removed |= Apply(obj[name], named);
                    }
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    removed |= Apply(element, named);
                }

                break;
        }

        return removed;
    }

    // A flat row keys a field by its path ("vendor.description"); naming the path or the field itself keeps it.
    private static bool IsNamed(string name, IReadOnlySet<string> named) =>
        named.Contains(name) || named.Contains(FreeTextFields.Leaf(name));
}
