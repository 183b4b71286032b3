using System.Reflection;
using System.Security.Claims;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Policy;
using IntacctMcp.Tools.Sessions;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Dynamic;

/// <summary>
/// Dynamic toolsets (<c>Tools:DynamicToolsets</c>): a session starts with the <c>context</c> tools plus
/// <c>list_toolsets</c> and <c>enable_toolset</c>, and each other selected toolset is listed and callable once that
/// session enables it.
/// </summary>
/// <remarks>
/// Only a request that belongs to a session (stdio, stateful HTTP; see <see cref="SessionState{T}"/>) can remember what
/// it enabled. A sessionless request (a 2026-07-28 client on a stateful HTTP server) is served as without dynamic mode:
/// every selected toolset listed, no discovery tools, rather than a list it could never grow.
/// </remarks>
internal sealed class DynamicToolsets(IOptions<IntacctToolsOptions> options, ToolPolicy policy)
{
    /// <summary>The name of the tool that lists the toolsets.</summary>
    public const string ListToolName = "list_toolsets";

    /// <summary>The name of the tool that enables a toolset.</summary>
    public const string EnableToolName = "enable_toolset";

    private readonly SessionState<EnabledToolsets> _sessions = new();

    /// <summary>Gets the methods implementing the discovery tools.</summary>
    public static IReadOnlyList<MethodInfo> ToolMethods { get; } =
        [.. typeof(ToolsetTools).GetMethods().Where(m => m.GetCustomAttribute<McpServerToolAttribute>() is not null)];

    /// <summary>Gets whether a tool is one of the discovery tools.</summary>
    /// <param name="name">The tool name.</param>
    /// <returns>Whether it is <c>list_toolsets</c> or <c>enable_toolset</c>.</returns>
    public static bool IsDiscoveryTool(string name) => name is ListToolName or EnableToolName;

    /// <summary>Gets the toolsets the administrator selected (<c>Tools:Toolsets</c>), in <see cref="IntacctToolsets.All"/> order.</summary>
    public IReadOnlyList<string> Selected => [.. IntacctToolsets.All.Where(policy.IsToolsetSelected)];

    /// <summary>Gets the session's enabled toolsets when dynamic mode applies to the request.</summary>
    /// <param name="server">The request's server.</param>
    /// <param name="user">The caller, set by the HTTP host.</param>
    /// <returns>The session's set, or <see langword="null"/> when every selected toolset is on (dynamic mode off, or no session).</returns>
    public EnabledToolsets? For(McpServer server, ClaimsPrincipal? user) =>
        options.Value.DynamicToolsets ? _sessions.Find(server, user) : null;

    /// <summary>Gets whether tools/list shows a tool to the session, as far as dynamic mode goes (the policy decides the rest).</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="session">The session's enabled toolsets (<see cref="For"/>).</param>
    /// <returns>Whether it is listed.</returns>
    public static bool IsListed(string name, EnabledToolsets? session) =>
        IsDiscoveryTool(name) ? session is not null
        : ToolCatalog.Find(name) is not { } tool || session is null || session.Contains(tool.Toolset);

    /// <summary>Checks a call against dynamic mode.</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="session">The session's enabled toolsets (<see cref="For"/>).</param>
    /// <returns><see langword="null"/> when the call may run, else why not and what to do.</returns>
    public static string? Refusal(string name, EnabledToolsets? session)
    {
        if (IsDiscoveryTool(name))
        {
            return session is null
                ? $"Tool '{name}' is offered only with dynamic toolsets (--dynamic-toolsets, Tools:DynamicToolsets) in a session (stdio or stateful HTTP); here every selected toolset is already in tools/list."
                : null;
        }

        return ToolCatalog.Find(name) is { } tool && session is not null && !session.Contains(tool.Toolset)
            ? $"Tool '{name}' is in toolset '{tool.Toolset}', which is not enabled in this session: call {EnableToolName} with toolset '{tool.Toolset}' first."
            : null;
    }

    /// <summary>Gets the tools of a toolset that tools/list would show this caller once it is enabled.</summary>
    /// <param name="toolset">The toolset name.</param>
    /// <param name="user">The caller, set by the HTTP host.</param>
    /// <returns>The tool names, ordered.</returns>
    public IReadOnlyList<string> ToolsOf(string toolset, ClaimsPrincipal? user) =>
        [.. ToolCatalog.ByName.Values
            .Where(t => string.Equals(t.Toolset, toolset, StringComparison.OrdinalIgnoreCase) && policy.IsListed(t, user))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];
}
