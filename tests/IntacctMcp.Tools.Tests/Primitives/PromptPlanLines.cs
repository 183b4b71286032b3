using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Tests.Primitives;

/// <summary>Reads the tool calls out of a rendered prompt: the lines <c>N. tool_name {json arguments}</c>.</summary>
public static partial class PromptPlanLines
{
    /// <summary>Parses a prompt result's tool calls, in order.</summary>
    /// <param name="result">The prompt result.</param>
    /// <returns>Each call's tool and arguments.</returns>
    public static IReadOnlyList<(string Tool, Dictionary<string, object?> Arguments)> Calls(GetPromptResult result)
    {
        var text = Text(result);
        return
        [
            .. Line().Matches(text).Select(m => (
                m.Groups["tool"].Value,
                JsonDocument.Parse(m.Groups["args"].Value).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()))),
        ];
    }

    /// <summary>Gets the prompt's text.</summary>
    /// <param name="result">The prompt result.</param>
    /// <returns>The text of its messages.</returns>
    public static string Text(GetPromptResult result) =>
        string.Concat(result.Messages.Select(m => m.Content).OfType<TextContentBlock>().Select(t => t.Text));

    [GeneratedRegex(@"^\d+\. (?<tool>[a-z_]+) (?<args>\{.*\})$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
