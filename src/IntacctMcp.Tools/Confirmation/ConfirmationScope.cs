using System.Security.Claims;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>
/// What the confirmation step needs to know about the tool call in progress: who asks over which session, whether the
/// client can be asked, the <c>confirmationToken</c> taken out of the arguments, the hash of the other arguments, and
/// the answers a retried call carries. Set by <see cref="ConfirmationFilters"/> around every call of a tool that can write.
/// </summary>
internal sealed class ConfirmationScope
{
    private static readonly AsyncLocal<ConfirmationScope?> Ambient = new();

    /// <summary>Gets the scope of the tool call in progress, if any.</summary>
    public static ConfirmationScope? Current => Ambient.Value;

    /// <summary>Gets the request's server (per request: its client capabilities are those of this request).</summary>
    public required McpServer Server { get; init; }

    /// <summary>Gets the caller, set by the HTTP host; <see langword="null"/> over stdio.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Gets the <c>confirmationToken</c> argument, removed from the arguments before they are bound.</summary>
    public string? Token { get; init; }

    /// <summary>Gets the SHA-256 of the call's canonical arguments, without <c>confirmationToken</c>.</summary>
    public required string ArgumentsHash { get; init; }

    /// <summary>Gets the state a retried call echoes back after the client asked the user.</summary>
    public string? RequestState { get; init; }

    /// <summary>Gets the client's answers on a retried call, by input request key.</summary>
    public IDictionary<string, InputResponse>? InputResponses { get; init; }

    /// <summary>
    /// Gets whether the server can ask the user now: the client declared <c>elicitation</c>, and the SDK can carry the
    /// question (protocol 2026-07-28 on any transport, or a stateful session on an older revision).
    /// </summary>
    public bool CanAsk => Server.ClientCapabilities?.Elicitation is not null && Server.IsMrtrSupported;

    /// <summary>Gets the caller's name for bindings and audit lines: the authenticated name, else <c>local</c>.</summary>
    public string Caller => ConfirmationBinding.CallerName(User);

    /// <summary>Makes a scope current for the rest of the calling async flow.</summary>
    /// <param name="scope">The scope.</param>
    public static void Begin(ConfirmationScope scope) => Ambient.Value = scope;
}
