using System.Text;
using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.Objects;

/// <summary>
/// Condenses a model-service answer to what a model needs to write a query: one short line per field
/// (<c>name:type ro enum=a|b</c>, group fields as <c>currency.txnCurrency:string</c>), references
/// (<c>vendor→accounts-payable/vendor</c>) and owned lists.
/// </summary>
internal static class ObjectModelSummary
{
    /// <summary>Summarizes a model.</summary>
    /// <param name="objectName">The object name asked for.</param>
    /// <param name="model">The model service's <c>ia::result</c>.</param>
    /// <returns>The summary; the model itself when its shape is not recognized.</returns>
    public static JsonObject Summarize(string objectName, JsonObject model)
    {
        var fields = new List<string>();
        var refs = new List<string>();
        var lists = new List<string>();
        Collect(model, string.Empty, fields, refs, lists);
        if (fields.Count == 0)
        {
            return (JsonObject)model.DeepClone();
        }

        var summary = new JsonObject { ["object"] = objectName };
        CopyIfPresent(model, summary, "type");
        CopyIfPresent(model, summary, "httpMethods");
        CopyIfPresent(model, summary, "idempotenceSupported");
        summary["fields"] = Array(fields);
        if (refs.Count > 0)
        {
            summary["refs"] = Array(refs);
        }

        if (lists.Count > 0)
        {
            summary["lists"] = Array(lists);
        }

        return summary;
    }

    // Groups (currency, audit, …) hold fields a query reaches by a dotted path, so they are flattened to "group.field".
    private static void Collect(JsonObject node, string prefix, List<string> fields, List<string> refs, List<string> lists)
    {
        fields.AddRange(Lines(node["fields"], (name, def) => FieldLine(prefix + name, def)));
        refs.AddRange(Lines(node["refs"], (name, def) => RefLine(prefix + name, def)));
        lists.AddRange(Lines(node["lists"], (name, def) => RefLine(prefix + name, def)));
        if (node["groups"] is JsonObject groups)
        {
            foreach (var (name, group) in groups)
            {
                if (group is JsonObject groupObject)
                {
                    Collect(groupObject, prefix + name + ".", fields, refs, lists);
                }
            }
        }
    }

    private static List<string> Lines(JsonNode? node, Func<string, JsonNode?, string> line) => node switch
    {
        JsonObject map => [.. map.Select(p => line(p.Key, p.Value))],
        JsonArray list => [.. list.OfType<JsonObject>().Select(o => line((string?)o["name"] ?? (string?)o["id"] ?? "?", o))],
        _ => [],
    };

    private static string FieldLine(string name, JsonNode? definition)
    {
        var text = new StringBuilder(name);
        if (definition is not JsonObject def)
        {
            return text.ToString();
        }

        if (def["type"] is JsonValue type)
        {
            text.Append(':').Append(type.ToString());
        }

        if (def["format"] is JsonValue format)
        {
            text.Append('(').Append(format.ToString()).Append(')');
        }

        if (IsTrue(def["readOnly"]) || IsFalse(def["mutable"]))
        {
            text.Append(" ro");
        }

        if (def["enum"] is JsonArray values && values.Count > 0)
        {
            text.Append(" enum=").Append(string.Join('|', values.Select(v => v?.ToString())));
        }

        return text.ToString();
    }

    private static string RefLine(string name, JsonNode? definition) =>
        definition is JsonObject def && (def["apiObject"] ?? def["object"] ?? def["objectName"]) is JsonValue target
            ? $"{name}→{target}"
            : name;

    private static bool IsTrue(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static bool IsFalse(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && !b;

    private static JsonArray Array(List<string> lines) => new([.. lines.Select(l => (JsonNode?)JsonValue.Create(l))]);

    private static void CopyIfPresent(JsonObject from, JsonObject to, string name)
    {
        if (from[name] is { } value)
        {
            to[name] = value.DeepClone();
        }
    }
}
