using System.Text.Json;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Dynamic;

/// <summary>The list-tools and call-tool filters of dynamic mode (<see cref="DynamicToolsets"/>), inside the policy's.</summary>
internal static class DynamicToolsetFilters
{
    /// <summary>Removes from tools/list the tools of toolsets this session has not enabled, and the discovery tools outside dynamic mode.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The filtering handler.</returns>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> ListTools(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            var session = Get(context.Services ?? context.Server.Services).For(context.Server, context.User);
            result.Tools = [.. result.Tools.Where(t => DynamicToolsets.IsListed(t.Name, session))];
            return result;
        };

    /// <summary>Refuses, as a tool error, a tool that is not listed to this session, and checks the discovery tools' arguments.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The checking handler.</returns>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> CallTool(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            if (context.Params?.Name is { } name)
            {
                var session = Get(context.Services ?? context.Server.Services).For(context.Server, context.User);
                if (DynamicToolsets.Refusal(name, session) is { } refusal)
                {
                    return ToolErrors.Text(refusal);
                }

                // The policy filter checks catalog tools' arguments; the discovery tools are not in the catalog.
                var arguments = context.Params.Arguments is { } args ? new Dictionary<string, JsonElement>(args, StringComparer.Ordinal) : null;
                if (DynamicToolsets.IsDiscoveryTool(name) && context.MatchedPrimitive is CompactTool compact && compact.Arguments.Validate(arguments) is { } problem)
                {
                    return ToolErrors.Text($"Invalid arguments for '{name}': {problem}");
                }
            }

            return await next(context, cancellationToken);
        };

    private static DynamicToolsets Get(IServiceProvider? services) =>
        services?.GetService<DynamicToolsets>() ?? throw new InvalidOperationException("DynamicToolsets is not registered: call WithIntacctTools().");
}
