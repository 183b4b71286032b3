using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Http;

/// <summary>
/// The protocol-level checks of a parsed POST: the version header, its agreement with the body, and the
/// <c>2026-07-28</c> routing headers.
/// </summary>
internal static class McpRequestValidation
{
    private static readonly HashSet<string> RemovedInPerRequestEra = new(StringComparer.Ordinal)
    {
        RequestMethods.Initialize, RequestMethods.Ping, "logging/setLevel", "resources/subscribe", "resources/unsubscribe",
    };

    /// <summary>Checks the message; returns <see langword="null"/> when it may be served.</summary>
    /// <param name="message">The parsed message.</param>
    /// <param name="protocolVersion">The <c>MCP-Protocol-Version</c> header, if any.</param>
    /// <param name="methodHeader">The <c>Mcp-Method</c> header, if any.</param>
    /// <param name="nameHeader">The <c>Mcp-Name</c> header, if any.</param>
    public static McpRequestProblem? Check(JsonRpcMessage message, string? protocolVersion, string? methodHeader, string? nameHeader)
    {
        if (protocolVersion is not null && !ProtocolVersions.IsSupported(protocolVersion))
        {
            return McpRequestProblem.UnsupportedVersion(protocolVersion, ProtocolVersions.All);
        }

        if (message is not JsonRpcRequest request)
        {
            return null;
        }

        if (request.Method == RequestMethods.Initialize && protocolVersion is not null
            && ReadString(request.Params, "protocolVersion") is { } requested && requested != protocolVersion)
        {
            return new McpRequestProblem(400, (int)McpErrorCode.HeaderMismatch, $"The {McpHttpHeaders.ProtocolVersion} header ({protocolVersion}) does not match the initialize request's protocolVersion ({requested}).");
        }

        if (!ProtocolVersions.IsPerRequest(protocolVersion))
        {
            return null;
        }

        if (methodHeader is not null && methodHeader != request.Method)
        {
            return new McpRequestProblem(400, (int)McpErrorCode.HeaderMismatch, $"The {McpHttpHeaders.Method} header ({methodHeader}) does not match the body's method ({request.Method}).");
        }

        if (nameHeader is not null && (ReadString(request.Params, "name") ?? ReadString(request.Params, "uri")) is { } name
            && McpHeaderEncoder.DecodeValue(nameHeader) != name)
        {
            return new McpRequestProblem(400, (int)McpErrorCode.HeaderMismatch, $"The {McpHttpHeaders.Name} header does not match the body's name.");
        }

        return RemovedInPerRequestEra.Contains(request.Method)
            ? new McpRequestProblem(404, (int)McpErrorCode.MethodNotFound, $"Method '{request.Method}' does not exist in protocol version {protocolVersion}.")
            : null;
    }

    private static string? ReadString(JsonNode? parameters, string property) =>
        parameters is JsonObject value && value.TryGetPropertyValue(property, out var element) && element?.GetValueKind() == JsonValueKind.String
            ? element.GetValue<string>()
            : null;
}
