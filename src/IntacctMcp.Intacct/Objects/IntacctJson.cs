using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Objects;

/// <summary>Reads Sage's success envelopes (<c>ia::result</c>, <c>ia::meta</c>) and references, tolerating numbers sent as strings and vice versa.</summary>
internal static class IntacctJson
{
    /// <summary>Gets <c>ia::result</c> of a body.</summary>
    /// <param name="body">The parsed body.</param>
    /// <returns>The result node, or <see langword="null"/>.</returns>
    public static JsonNode? Result(JsonNode? body) => body is JsonObject o ? o["ia::result"] : null;

    /// <summary>Reads <c>ia::meta</c>.</summary>
    /// <param name="body">The parsed body.</param>
    /// <returns>The paging meta (all fields <see langword="null"/> when absent).</returns>
    public static IntacctPageMeta Meta(JsonNode? body)
    {
        var meta = body is JsonObject o ? o["ia::meta"] as JsonObject : null;
        return new IntacctPageMeta(Int(meta?["totalCount"]), Int(meta?["start"]), Int(meta?["pageSize"]), Int(meta?["next"]), Int(meta?["previous"]));
    }

    /// <summary>Reads a reference <c>{key, id, href}</c>.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The reference, or <see langword="null"/> when the node has no key.</returns>
    public static IntacctReference? Reference(JsonNode? node)
    {
        if (node is not JsonObject o || Text(o["key"]) is not { Length: > 0 } key)
        {
            return null;
        }

        return new IntacctReference(key, Text(o["id"]), Text(o["href"]));
    }

    /// <summary>Reads a string or number as text.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => null,
    };

    /// <summary>Reads a number or numeric string as an integer.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The integer, or <see langword="null"/>.</returns>
    public static int? Int(JsonNode? node) =>
        Text(node) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : null;
}
