using System.Text.Json;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Policy;

/// <summary>The list-tools and call-tool filters that apply <see cref="ToolPolicy"/>; tools this library does not own pass untouched.</summary>
internal static class ToolPolicyFilters
{
    /// <summary>Removes from tools/list what the server does not offer or the caller may not use.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The filtering handler.</returns>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> ListTools(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            var policy = GetPolicy(context.Services ?? context.Server.Services);
            result.Tools = [.. result.Tools.Where(t => ToolCatalog.Find(t.Name) is not { } tool || policy.IsListed(tool, context.User))];
            return result;
        };

    /// <summary>Refuses calls the policy does not allow, as a tool error naming what is missing.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The checking handler.</returns>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> CallTool(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            if (context.Params?.Name is { } name && ToolCatalog.Find(name) is { } tool)
            {
                var policy = GetPolicy(context.Services ?? context.Server.Services);
                var arguments = context.Params.Arguments is { } args ? new Dictionary<string, JsonElement>(args, StringComparer.Ordinal) : null;
                if (policy.Authorize(tool, context.User, arguments) is { } refusal)
                {
                    return ToolErrors.Text(refusal);
                }

                if (context.MatchedPrimitive is CompactTool compact && compact.Arguments.Validate(arguments) is { } problem)
                {
                    return ToolErrors.Text($"Invalid arguments for '{name}': {problem}");
                }

                try
                {
                    return await next(context, cancellationToken);
                }
                catch (Exception ex) when (ex is ArgumentException or JsonException)
                {
                    // What the schema check cannot see (e.g. a malformed nested value) still fails in the SDK's binding:
                    // say which call and why rather than the SDK's generic "An error occurred".
                    return ToolErrors.Text($"Invalid arguments for '{name}': {ex.Message}");
                }
            }

            return await next(context, cancellationToken);
        };

    private static ToolPolicy GetPolicy(IServiceProvider? services) =>
        services?.GetService<ToolPolicy>() ?? throw new InvalidOperationException("ToolPolicy is not registered: call WithIntacctTools().");
}
