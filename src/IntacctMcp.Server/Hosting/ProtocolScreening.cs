using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Hosting;

/// <summary>
/// An incoming message filter (the SDK's own mechanism, on every transport) for the three places where the specification
/// asks for an answer the SDK does not give by itself.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><c>initialize</c> with a version this server has never heard of: the 2025 specifications (the
/// last ones with <c>initialize</c>) say the server answers with a version it supports, the latest. The SDK does that
/// for unknown versions that sort before <c>2026-07-28</c> but refuses later-dated ones with <c>-32022</c>; such a
/// request is answered as the specification says by asking for the latest handshake version instead. A known
/// per-request version (<c>2026-07-28</c>) sent through <c>initialize</c> keeps the SDK's <c>-32022</c>: that revision
/// has no <c>initialize</c>.</description></item>
/// <item><description><c>logging/setLevel</c> with an unknown level: Invalid params (<c>-32602</c>), where the SDK's
/// failed deserialisation would answer Internal error.</description></item>
/// <item><description><c>tools/call</c> of a tool that does not exist: the same <c>-32602</c> the SDK sends, with one
/// Warning line instead of an Error with a stack trace (a model guessing a name is not a server fault).</description></item>
/// </list>
/// </remarks>
internal static partial class ProtocolScreening
{
    // The SDK keeps its list internal: these are the versions SDK 2.4.0 serves (McpProtocolVersions).
    private const string LatestHandshakeVersion = "2025-11-25";

    private static readonly HashSet<string> SupportedVersions = new(StringComparer.Ordinal)
    {
        "2024-11-05", "2025-03-26", "2025-06-18", LatestHandshakeVersion, "2026-07-28",
    };

    private static readonly HashSet<string> LoggingLevels = new(StringComparer.Ordinal)
    {
        "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency",
    };

    /// <summary>Adds the filter.</summary>
    /// <param name="builder">The MCP server builder.</param>
    /// <returns>The builder.</returns>
    public static IMcpServerBuilder WithProtocolScreening(this IMcpServerBuilder builder) =>
        builder.WithMessageFilters(filters => filters.AddIncomingFilter(next => async (context, cancellationToken) =>
        {
            if (context.JsonRpcMessage is JsonRpcRequest request && Screen(context, request) is { } error)
            {
                // The filter's server is bound to the request's transport: the answer goes where the request came from.
                await context.Server.SendMessageAsync(error, cancellationToken);
                return;
            }

            await next(context, cancellationToken);
        }));

    private static JsonRpcError? Screen(MessageContext context, JsonRpcRequest request)
    {
        var parameters = request.Params as JsonObject;
        switch (request.Method)
        {
            case RequestMethods.Initialize:
                if (ReadString(parameters, "protocolVersion") is { } version && !SupportedVersions.Contains(version))
                {
                    parameters!["protocolVersion"] = LatestHandshakeVersion;
                }

                return null;

#pragma warning disable MCP9005 // logging/setLevel is deprecated by 2026-07-28 (SEP-2577) but served to handshake clients.
            case RequestMethods.LoggingSetLevel:
#pragma warning restore MCP9005
                return ReadString(parameters, "level") is { } level && LoggingLevels.Contains(level)
                    ? null
                    : Error(request, McpErrorCode.InvalidParams, $"Unknown logging level; use one of: {string.Join(", ", LoggingLevels)}.");

            case RequestMethods.ToolsCall:
                if (ReadString(parameters, "name") is not { } name || context.Server.ServerOptions.ToolCollection is not { } tools || tools.TryGetPrimitive(name, out _))
                {
                    return null;
                }

                if (context.Services?.GetService<ILoggerFactory>() is { } loggers)
                {
                    LogUnknownTool(loggers.CreateLogger(typeof(ProtocolScreening).FullName!), name);
                }

                return Error(request, McpErrorCode.InvalidParams, $"Unknown tool: '{name}'");

            default:
                return null;
        }
    }

    private static string? ReadString(JsonObject? parameters, string property) =>
        parameters?[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static JsonRpcError Error(JsonRpcRequest request, McpErrorCode code, string message) => new()
    {
        Id = request.Id,
        Error = new JsonRpcErrorDetail { Code = (int)code, Message = message },
    };

    [LoggerMessage(3000, LogLevel.Warning, "A client called the unknown tool '{Tool}'")]
    private static partial void LogUnknownTool(ILogger logger, string tool);
}
