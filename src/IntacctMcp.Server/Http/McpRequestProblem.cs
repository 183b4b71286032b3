using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Http;

/// <summary>Why a request is refused before it reaches the MCP server.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">The JSON-RPC error code.</param>
/// <param name="Message">The message.</param>
/// <param name="Data">Structured error data.</param>
internal sealed record McpRequestProblem(int StatusCode, int Code, string Message, JsonElement? Data = null)
{
    /// <summary>An unsupported <c>MCP-Protocol-Version</c>, listing what is supported so a client can fall back.</summary>
    public static McpRequestProblem UnsupportedVersion(string requested, IReadOnlyList<string> supported) => new(
        400,
        (int)McpErrorCode.UnsupportedProtocolVersion,
        $"Unsupported protocol version '{requested}'. Supported: {string.Join(", ", supported)}.",
        JsonSerializer.SerializeToElement(
            new UnsupportedProtocolVersionErrorData { Supported = [.. supported], Requested = requested },
            McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(UnsupportedProtocolVersionErrorData))));
}
