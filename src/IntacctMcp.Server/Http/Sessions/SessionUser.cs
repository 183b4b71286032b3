using System.Security.Claims;

namespace IntacctMcp.Server.Http.Sessions;

/// <summary>Who opened a session: the first of NameIdentifier, <c>sub</c> and UPN, with its issuer.</summary>
/// <param name="Type">The claim type.</param>
/// <param name="Value">The claim value.</param>
/// <param name="Issuer">The claim issuer.</param>
internal sealed record SessionUser(string Type, string Value, string Issuer)
{
    /// <summary>Gets the user of a principal, or <see langword="null"/> when it is not authenticated.</summary>
    public static SessionUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var claim = principal.FindFirst(ClaimTypes.NameIdentifier) ?? principal.FindFirst("sub") ?? principal.FindFirst(ClaimTypes.Upn);
        return claim is null ? null : new SessionUser(claim.Type, claim.Value, claim.Issuer);
    }
}
