using ModelContextProtocol.Protocol;

namespace IntacctMcp.Benchmarks;

/// <summary>The text of a tool result, for error messages.</summary>
internal static class ResultText
{
    public static string Of(CallToolResult result) =>
        string.Join(" ", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
