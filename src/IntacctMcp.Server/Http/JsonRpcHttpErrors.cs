using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Http;

/// <summary>Answers HTTP-layer failures with a JSON-RPC error body (<c>application/json</c>).</summary>
internal static class JsonRpcHttpErrors
{
    /// <summary>The generic server error code the SDK uses for transport-level refusals.</summary>
    public const int ServerError = -32000;

    /// <summary>JSON-RPC's Parse error: the body is not JSON at all.</summary>
    public const int ParseError = -32700;

    private static readonly JsonTypeInfo<JsonRpcMessage> MessageType =
        (JsonTypeInfo<JsonRpcMessage>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    /// <summary>Writes the error and ends the response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The JSON-RPC error code.</param>
    /// <param name="message">The message (no secrets).</param>
    /// <param name="id">The request id to echo, if the body was read and was a request.</param>
    /// <param name="data">Structured error data.</param>
    public static async Task WriteAsync(HttpContext context, int statusCode, int code, string message, RequestId? id = null, JsonElement? data = null)
    {
        JsonRpcMessage error = new JsonRpcError
        {
            Id = id ?? default,
            Error = new JsonRpcErrorDetail { Code = code, Message = message, Data = data },
        };

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, error, MessageType, context.RequestAborted);
    }
}
