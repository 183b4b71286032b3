using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.FreeText;

/// <summary>Walks a result's structured content and flags every string value that reads like instructions to an assistant.</summary>
/// <remarks>
/// Every string is inspected, not only memo-like fields: an attacker chooses the field, and <see cref="SuspiciousTextDetector"/>
/// does not flag ordinary values (IDs, dates, states, cities). Flags name the record (the first object on the way down
/// that carries an ID or number) and the field path inside it, so <c>lines[2].memo</c> belongs to its bill.
/// </remarks>
internal static class SuspiciousTextScanner
{
    /// <summary>The structured-content property that carries the flags.</summary>
    public const string Property = "suspiciousText";

    // Top-level properties this server writes itself (the truncation note mentions calling again).
    private static readonly string[] OwnProperties = ["note", Property];

    /// <summary>Scans structured content.</summary>
    /// <param name="content">The structured content.</param>
    /// <param name="noun">The kind of record the tool returns, for labels.</param>
    /// <returns>The flags, in document order.</returns>
    public static IReadOnlyList<SuspiciousTextFlag> Scan(JsonObject content, string noun)
    {
        var flags = new List<SuspiciousTextFlag>();
        var record = RecordLabels.Label(noun, content);
        foreach (var (name, value) in content)
        {
            if (!OwnProperties.Contains(name, StringComparer.Ordinal))
            {
                Walk(value, name, record, noun, flags);
            }
        }

        return flags;
    }

    private static void Walk(JsonNode? node, string path, string? record, string noun, List<SuspiciousTextFlag> flags)
    {
        switch (node)
        {
            case JsonObject obj:
                if (record is null && RecordLabels.Label(noun, obj) is { } label)
                {
                    // A row of a list or report: its fields are named from the row, not from the list.
                    record = label;
                    path = string.Empty;
                }

                foreach (var (name, value) in obj)
                {
                    Walk(value, path.Length == 0 ? name : $"{path}.{name}", record, noun, flags);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", record, noun, flags);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (SuspiciousTextDetector.Inspect(value.GetValue<string>()) is { } reason)
                {
                    flags.Add(new SuspiciousTextFlag(record ?? noun, path, reason));
                }

                break;
        }
    }
}
