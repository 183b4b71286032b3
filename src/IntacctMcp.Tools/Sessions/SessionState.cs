using System.Runtime.CompilerServices;
using System.Security.Claims;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Sessions;

/// <summary>Per-MCP-session state of one kind (flags shown, toolsets enabled), found from a request's server and caller.</summary>
/// <typeparam name="T">The state; one instance per session, created on first use.</typeparam>
/// <remarks>
/// A request's <see cref="McpServer"/> is a per-request wrapper, so sessions are told apart by what stays: over stateful
/// HTTP the <c>Mcp-Session-Id</c> (the same string instance for the session's life), over stdio (no session ID, no
/// caller principal) the server's services, one per process. Stateless HTTP requests (no session ID, a caller) are not
/// tied together: they have no session state. The table holds its keys weakly: an ended session's state goes with it.
/// </remarks>
internal sealed class SessionState<T>
    where T : class, new()
{
    private readonly ConditionalWeakTable<object, T> _sessions = [];

    /// <summary>Gets the state of the request's session.</summary>
    /// <param name="server">The request's server.</param>
    /// <param name="user">The caller, set by the HTTP host; <see langword="null"/> over stdio.</param>
    /// <returns>The session's state, or <see langword="null"/> when the request belongs to no session (stateless HTTP).</returns>
    public T? Find(McpServer server, ClaimsPrincipal? user) =>
        Key(server, user) is { } key ? _sessions.GetValue(key, _ => new T()) : null;

    private static object? Key(McpServer server, ClaimsPrincipal? user) =>
        server.SessionId is { } id ? id : user is null ? server.Services : null;
}
