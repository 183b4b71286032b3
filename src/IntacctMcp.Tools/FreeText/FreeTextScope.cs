using System.Runtime.CompilerServices;
using System.Security.Claims;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.FreeText;

/// <summary>
/// The free-text context of the tool call in progress: its session's flags, and the company the call resolved.
/// Set by <see cref="FreeTextFilters"/> around every tools/call, so the tool body can reach it without new parameters.
/// </summary>
/// <remarks>
/// A request's <see cref="McpServer"/> is a per-request wrapper, so sessions are told apart by what stays: over stateful
/// HTTP the <c>Mcp-Session-Id</c> (the same string instance for the session's life), over stdio (no session ID, no
/// caller principal) the server's services, one per process. Stateless HTTP requests (no session ID, a caller) are not
/// tied together: nothing is remembered across them. The table holds its keys weakly: an ended session's flags go with it.
/// </remarks>
internal sealed class FreeTextScope
{
    private static readonly ConditionalWeakTable<object, SessionFlags> Sessions = [];
    private static readonly AsyncLocal<FreeTextScope?> Ambient = new();

    private FreeTextScope(SessionFlags session) => Session = session;

    /// <summary>Gets the scope of the tool call in progress, if any.</summary>
    public static FreeTextScope? Current => Ambient.Value;

    /// <summary>Gets the session's flags.</summary>
    public SessionFlags Session { get; }

    /// <summary>Gets or sets the company the call runs against, once the tool has resolved it.</summary>
    public string? Company { get; set; }

    /// <summary>Starts the scope of a tool call for the rest of the calling async flow.</summary>
    /// <param name="server">The request's server.</param>
    /// <param name="user">The caller, set by the HTTP host; <see langword="null"/> over stdio.</param>
    /// <returns>The scope.</returns>
    public static FreeTextScope Begin(McpServer server, ClaimsPrincipal? user)
    {
        object? session = server.SessionId is { } id ? id : user is null ? server.Services : null;
        var scope = new FreeTextScope(session is null ? new SessionFlags() : Sessions.GetValue(session, _ => new SessionFlags()));
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>Describes the flags shown earlier in this session for a company, for the audit line.</summary>
    /// <param name="company">The company written to.</param>
    /// <returns>E.g. <c>vendor V1001 name; bill 2042 description</c>, or <see langword="null"/> when none.</returns>
    public static string? FlagsFor(string company) =>
        Current?.Session.For(company) is { Count: > 0 } flags ? string.Join("; ", flags) : null;
}
