using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Idempotency;

/// <summary>
/// One text for one JSON value: object properties sorted ordinally, no whitespace, numbers in one invariant form
/// (<c>1250</c>, <c>1250.0</c> and <c>1250.00</c> are all <c>1250</c>), strings and arrays as given.
/// </summary>
/// <remarks>
/// The idempotency key hashes this text, and the client also sends it as the body of a keyed write. Sage compares
/// the body of a repeated key with the first one; sending the same bytes for the same content means a repeat that
/// differs only in property order or number spelling is answered with the first outcome, not a 409.
/// </remarks>
public static class IntacctCanonicalJson
{
    /// <summary>Writes a value in canonical form.</summary>
    /// <param name="node">The value; <see langword="null"/> is JSON null.</param>
    /// <returns>The canonical JSON text.</returns>
    public static string Write(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteNode(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Returns a copy of a value in canonical form, as a node (for previews that must show what is sent).</summary>
    /// <param name="node">The value.</param>
    /// <returns>The canonical copy.</returns>
    public static JsonNode? Normalize(JsonNode? node) => node is null ? null : JsonNode.Parse(Write(node));

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value:
                WriteValue(writer, value);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetValue<string>());
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(Number(value.ToJsonString()), skipInputValidation: true);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>Normalises a JSON number: decimal value, no trailing zeros, no exponent, no negative zero.</summary>
    private static string Number(string raw)
    {
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // Beyond decimal's range: the text as written, which is still one form per spelling.
            return raw;
        }

        if (number == 0m)
        {
            return "0";
        }

        var text = number.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
