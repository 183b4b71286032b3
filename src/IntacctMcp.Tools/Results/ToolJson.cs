using System.Text.Json;
using ModelContextProtocol;

namespace IntacctMcp.Tools.Results;

/// <summary>The serializer options for tool results (the SDK's, which know <c>JsonNode</c>).</summary>
internal static class ToolJson
{
    /// <summary>Gets the options.</summary>
    public static JsonSerializerOptions Options => McpJsonUtilities.DefaultOptions;
}
