using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Everything a tool result says, as one text (text blocks and structured content).</summary>
internal static class ToolText
{
    public static string Of(CallToolResult result)
    {
        var texts = result.Content.OfType<TextContentBlock>().Select(t => t.Text).ToList();
        if (result.StructuredContent is { } structured)
        {
            texts.Add(structured.ToString());
        }

        return string.Join('\n', texts);
    }

    public static bool ContainsAny(string text, IEnumerable<string> needles) =>
        needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
}
