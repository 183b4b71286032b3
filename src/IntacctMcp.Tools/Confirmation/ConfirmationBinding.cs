using System.Security.Claims;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>What a confirmation is bound to: the caller, the session, the company, the tool and its exact arguments.</summary>
/// <param name="Caller">The authenticated caller's name, or <c>local</c>.</param>
/// <param name="Session">The MCP session ID, or <c>-</c> when the request has none (stdio without one, stateless HTTP).</param>
/// <param name="Company">The configured company name the write goes to.</param>
/// <param name="Tool">The tool name.</param>
/// <param name="ArgumentsHash">The hash of the canonical arguments, without the token.</param>
internal sealed record ConfirmationBinding(string Caller, string Session, string Company, string Tool, string ArgumentsHash)
{
    /// <summary>Gets the caller's name as the audit lines give it.</summary>
    /// <param name="user">The caller, if authenticated.</param>
    /// <returns>The name, <c>authenticated caller</c> when it has none, or <c>local</c>.</returns>
    public static string CallerName(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirst("sub")?.Value ?? "authenticated caller" : "local";
}
