using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>
/// The filters of the confirmation step: with <c>ConfirmWrites</c> on, write tools list a <c>confirmationToken</c>
/// argument; every call of a tool that can write opens a <see cref="ConfirmationScope"/> (the token taken out of the arguments before they are
/// checked and bound, and the hash of the rest).
/// </summary>
internal static class ConfirmationFilters
{
    /// <summary>The argument that carries a confirmation token.</summary>
    public const string TokenArgument = "confirmationToken";

    /// <summary>Adds <see cref="TokenArgument"/> to the write tools' input schemas when <c>ConfirmWrites</c> is on (it costs nothing otherwise).</summary>
    /// <remarks>
    /// The property has no description: the preview that hands out a token says how to use it. It pays for itself: in this
    /// mode the first call of a write already shows the exact request, so <c>dryRun</c> loses its description (50 bytes),
    /// and tools/list with every toolset and writes on stays within its 40 KB budget (152 bytes added, 200 saved).
    /// </remarks>
    /// <param name="next">The next handler.</param>
    /// <returns>The handler.</returns>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> ListTools(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            if (!ConfirmWrites(context.Services ?? context.Server.Services))
            {
                return result;
            }

            result.Tools = [.. result.Tools.Select(t => ToolCatalog.Find(t.Name) is { WriteKind: not ToolWriteKind.Read } ? WithToken(t) : t)];
            return result;
        };

    /// <summary>Opens the call's <see cref="ConfirmationScope"/> for a tool that can write; takes <see cref="TokenArgument"/> out of a write tool's arguments when <c>ConfirmWrites</c> is on.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The handler.</returns>
    /// <remarks>With <c>ConfirmWrites</c> off the argument stays, and the argument check refuses it as unknown.</remarks>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> CallTool(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        (context, cancellationToken) =>
        {
            // Only a tool that can write ever confirms: reads skip the scope and the hash of their arguments.
            if (context.Params is not { } call || ToolCatalog.Find(call.Name) is not { WriteKind: not ToolWriteKind.Read })
            {
                return next(context, cancellationToken);
            }

            string? token = null;
            var arguments = call.Arguments;
            if (arguments is not null && arguments.TryGetValue(TokenArgument, out var value)
                && ConfirmWrites(context.Services ?? context.Server.Services))
            {
                token = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                arguments.Remove(TokenArgument);
            }

            ConfirmationScope.Begin(new ConfirmationScope
            {
                Server = context.Server,
                User = context.User,
                Token = string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
                ArgumentsHash = ArgumentsHash.Of(arguments),
                RequestState = call.RequestState,
                InputResponses = call.InputResponses,
            });
            return next(context, cancellationToken);
        };

    private static bool ConfirmWrites(IServiceProvider? services) =>
        services?.GetService<IOptions<IntacctToolsOptions>>()?.Value.ConfirmWrites is true;

    // The listed tool objects are shared by every request: copy, never change them.
    private static Tool WithToken(Tool tool)
    {
        var schema = JsonNode.Parse(tool.InputSchema.GetRawText())!.AsObject();
        if (schema["properties"] is not JsonObject properties)
        {
            schema["properties"] = properties = [];
        }

        if (properties["dryRun"] is JsonObject dryRun)
        {
            dryRun.Remove("description");
        }

        properties[TokenArgument] = new JsonObject { ["type"] = "string" };
        return new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = JsonSerializer.SerializeToElement(schema, Results.ToolJson.Options.GetTypeInfo(typeof(JsonObject))),
            OutputSchema = tool.OutputSchema,
            Annotations = tool.Annotations,
            Icons = tool.Icons,
            Meta = tool.Meta,
        };
    }
}
