using System.Security.Claims;
using IntacctMcp.Tools.Sessions;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.FreeText;

/// <summary>
/// The free-text context of the tool call in progress: its session's flags, and the company the call resolved.
/// Set by <see cref="FreeTextFilters"/> around every tools/call, so the tool body can reach it without new parameters.
/// </summary>
/// <remarks>
/// Sessions are found as <see cref="SessionState{T}"/> describes; stateless HTTP requests share no session, so nothing is
/// remembered across them.
/// </remarks>
internal sealed class FreeTextScope
{
    private static readonly SessionState<SessionFlags> Sessions = new();
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
        var scope = new FreeTextScope(Sessions.Find(server, user) ?? new SessionFlags());
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>Describes the flags shown earlier in this session for a company, for the audit line.</summary>
    /// <param name="company">The company written to.</param>
    /// <returns>E.g. <c>vendor V1001 name; bill 2042 description</c>, or <see langword="null"/> when none.</returns>
    public static string? FlagsFor(string company) =>
        Current?.Session.For(company) is { Count: > 0 } flags ? string.Join("; ", flags) : null;
}
