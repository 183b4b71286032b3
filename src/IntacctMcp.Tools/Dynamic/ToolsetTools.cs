using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Dynamic;

/// <summary>
/// The discovery tools of dynamic mode: which toolsets there are, and enabling one for this session. They answer from
/// this server's configuration (no Sage call), so they take no <c>company</c> or <c>entity</c>.
/// </summary>
/// <remarks>
/// Not an <c>[McpServerToolType]</c> and not in the catalog: they are no toolset of their own and are registered
/// apart (<see cref="DynamicToolsets.ToolMethods"/>), listed only in dynamic mode.
/// </remarks>
internal sealed class ToolsetTools(DynamicToolsets dynamic)
{
    [McpServerTool(Name = DynamicToolsets.ListToolName, ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ToolsetsOutput))]
    [Description("Lists toolsets: tools, enabled or not.")]
    public CallToolResult ListToolsets(McpServer server, ClaimsPrincipal? user = null)
    {
        var session = dynamic.For(server, user);
        var rows = dynamic.Selected.Select(name => new JsonObject
        {
            ["name"] = name,
            ["description"] = ToolsetDescriptions.For(name) ?? string.Empty,
            ["tools"] = new JsonArray([.. dynamic.ToolsOf(name, user).Select(t => (JsonNode?)t)]),
            ["enabled"] = session is null || session.Contains(name),
        }).ToList();
        var enabled = rows.Count(r => (bool)r["enabled"]!);
        var data = new JsonObject { ["toolsets"] = new JsonArray([.. rows]) };

        // A few rows of this server's configuration: never cut to the response budget (the schema has no truncated).
        return ToolResults.Create(data, $"Toolsets: {enabled} of {rows.Count} enabled.\n{data.ToJsonString()}");
    }

    [McpServerTool(Name = DynamicToolsets.EnableToolName, ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ToolsetEnabledOutput))]
    [Description("Adds a toolset's tools to this session.")]
    public async Task<CallToolResult> EnableToolset(
        [Description("e.g. gl")] string toolset,
        McpServer server,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default)
    {
        var selected = dynamic.Selected;
        var name = selected.FirstOrDefault(s => string.Equals(s, toolset?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            var known = IntacctToolsets.All.Any(s => string.Equals(s, toolset?.Trim(), StringComparison.OrdinalIgnoreCase));
            var why = known ? $"Toolset '{toolset}' is not offered by this server (--toolsets)." : $"Unknown toolset '{toolset}' for 'toolset'.";
            return ToolErrors.Text($"{why} Accepted: {string.Join(", ", selected)}.");
        }

        // The call filter lets this tool run only in a dynamic-mode session, so there is always a set here.
        var session = dynamic.For(server, user) ?? throw new InvalidOperationException("enable_toolset ran outside a dynamic-toolsets session.");
        var added = session.Add(name);
        if (added)
        {
            await server.SendNotificationAsync(NotificationMethods.ToolListChangedNotification, cancellationToken);
        }

        var tools = dynamic.ToolsOf(name, user);
        var data = new JsonObject
        {
            ["toolset"] = name,
            ["tools"] = new JsonArray([.. tools.Select(t => (JsonNode?)t)]),
            ["alreadyEnabled"] = !added,
        };
        var header = added
            ? $"Toolset {name} enabled: {tools.Count} tool(s) added to tools/list (notifications/tools/list_changed sent)."
            : $"Toolset {name} was already enabled; nothing changed.";
        return ToolResults.Create(data, header + "\n" + data.ToJsonString());
    }
}
