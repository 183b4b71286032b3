using System.Text;
using System.Text.Json.Nodes;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// Expands the generator markers of the case files, so that megabyte strings and deep bodies are not stored literally:
/// <c>{"$repeat": [text, count]}</c> is the text repeated, <c>{"$bytes": base64}</c> raw bytes (raw bodies only), and a
/// list of parts is their concatenation.
/// </summary>
internal static class CaseExpansion
{
    /// <summary>Expands a raw body or header value: a string, or a list of parts.</summary>
    public static byte[] Bytes(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        AppendBytes(node, buffer);
        return buffer.ToArray();
    }

    /// <summary>Expands a text value (no <c>$bytes</c>).</summary>
    public static string Text(JsonNode? node) => Encoding.UTF8.GetString(Bytes(node));

    /// <summary>Returns a copy of a JSON value with every <c>$repeat</c> marker replaced by its string.</summary>
    public static JsonNode? Json(JsonNode? node) => node switch
    {
        JsonObject o when IsMarker(o, "$repeat") => JsonValue.Create(Repeat(o)),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Json(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Json)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static void AppendBytes(JsonNode? node, MemoryStream buffer)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray parts:
                foreach (var part in parts)
                {
                    AppendBytes(part, buffer);
                }

                return;
            case JsonObject o when IsMarker(o, "$repeat"):
                buffer.Write(Encoding.UTF8.GetBytes(Repeat(o)));
                return;
            case JsonObject o when IsMarker(o, "$bytes"):
                buffer.Write(Convert.FromBase64String(o["$bytes"]!.GetValue<string>()));
                return;
            case JsonValue v:
                buffer.Write(Encoding.UTF8.GetBytes(v.GetValue<string>()));
                return;
            default:
                throw new InvalidDataException($"Unknown body part: {node.ToJsonString()}");
        }
    }

    private static bool IsMarker(JsonObject o, string name) => o.Count == 1 && o.ContainsKey(name);

    private static string Repeat(JsonObject marker)
    {
        var spec = marker["$repeat"]!.AsArray();
        var text = spec[0]!.GetValue<string>();
        var count = spec[1]!.GetValue<int>();
        return new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
    }
}
