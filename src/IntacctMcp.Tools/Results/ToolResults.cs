using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Results;

/// <summary>
/// Shapes tool results: structured content plus a compact text rendering (a header line, then one compact JSON line per
/// row), cut to the response budget by whole rows, never mid-value.
/// </summary>
internal static class ToolResults
{
    /// <summary>Builds a list result.</summary>
    /// <param name="header">What the rows are, e.g. <c>Bills</c>.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="totalCount">Rows matching in all, if known.</param>
    /// <param name="next">The start of the next page, if any.</param>
    /// <param name="start">The start of this page (1-based).</param>
    /// <param name="budget">The most bytes of text.</param>
    /// <returns>The result: structured <c>{items, totalCount, next, truncated}</c> and text.</returns>
    public static CallToolResult List(string header, IReadOnlyList<JsonObject> rows, int? totalCount, int? next, int start, int budget)
    {
        var lines = rows.Select(r => r.ToJsonString()).ToList();
        var kept = Fit(lines, budget - Encoding.UTF8.GetByteCount(header) - 200);
        var truncated = kept < rows.Count;
        if (truncated)
        {
            next = start + kept;
        }

        var items = new JsonArray([.. rows.Take(kept).Select(r => (JsonNode?)r.DeepClone())]);
        var structured = new JsonObject
        {
            ["items"] = items,
            ["totalCount"] = totalCount,
            ["next"] = next,
            ["truncated"] = truncated,
        };

        var text = new StringBuilder(header);
        text.Append(CultureInfo.InvariantCulture, $": {kept} row(s)");
        if (totalCount is { } total)
        {
            text.Append(CultureInfo.InvariantCulture, $" of {total}");
        }

        if (next is { } n)
        {
            text.Append(CultureInfo.InvariantCulture, $"; next page: start={n}");
        }

        if (truncated)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"Truncated: {rows.Count - kept} more row(s) cut to stay within the {budget}-byte response budget; ask for fewer fields or call again with start={next}.");
            structured["note"] = note;
            text.Append('\n').Append(note);
        }

        foreach (var line in lines.Take(kept))
        {
            text.Append('\n').Append(line);
        }

        return Create(structured, text.ToString());
    }

    /// <summary>Builds a result for one record or report; when over budget, whole elements of its largest array are cut.</summary>
    /// <param name="header">A one-line summary.</param>
    /// <param name="data">The record or report.</param>
    /// <param name="budget">The most bytes of text.</param>
    /// <returns>The result: structured content is <paramref name="data"/> (with <c>truncated</c> and <c>note</c> when cut).</returns>
    public static CallToolResult Object(string header, JsonObject data, int budget)
    {
        var json = data.ToJsonString();
        var room = budget - Encoding.UTF8.GetByteCount(header) - 200;
        if (Encoding.UTF8.GetByteCount(json) > room && LargestArray(data) is { } largest)
        {
            var (name, array) = largest;
            var elements = array.Select(e => e?.ToJsonString() ?? "null").ToList();
            var rest = Encoding.UTF8.GetByteCount(json) - elements.Sum(e => Encoding.UTF8.GetByteCount(e) + 1);
            var kept = Fit(elements, room - rest);
            while (array.Count > kept)
            {
                array.RemoveAt(array.Count - 1);
            }

            data["truncated"] = true;
            data["note"] = string.Create(CultureInfo.InvariantCulture, $"Truncated: '{name}' shows {kept} of {elements.Count} to stay within the {budget}-byte response budget.");
            json = data.ToJsonString();
        }

        return Create(data, header + "\n" + json);
    }

    /// <summary>Wraps structured content and text.</summary>
    /// <param name="structured">The structured content.</param>
    /// <param name="text">The text rendering.</param>
    /// <returns>The result.</returns>
    public static CallToolResult Create(JsonObject structured, string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(structured, ToolJson.Options.GetTypeInfo(typeof(JsonObject))),
    };

    /// <summary>Counts how many leading lines fit in a byte budget (one newline each).</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="room">The bytes available.</param>
    /// <returns>How many fit.</returns>
    internal static int Fit(IReadOnlyList<string> lines, int room)
    {
        var used = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            used += Encoding.UTF8.GetByteCount(lines[i]) + 1;
            if (used > room)
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static (string Name, JsonArray Array)? LargestArray(JsonObject data) =>
        data.Where(p => p.Value is JsonArray { Count: > 0 })
            .Select(p => (p.Key, (JsonArray)p.Value!))
            .OrderByDescending(p => p.Item2.ToJsonString().Length)
            .Select(p => ((string Name, JsonArray Array)?)p)
            .FirstOrDefault();
}
