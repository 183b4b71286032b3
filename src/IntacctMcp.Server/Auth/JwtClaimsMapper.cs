using System.Security.Claims;
using IntacctMcp.Tools.Policy;

namespace IntacctMcp.Server.Auth;

/// <summary>
/// Adds the claims the tools check to a validated JWT's principal: <c>scope</c> from <c>scope</c>/<c>scp</c>
/// (normalised to <c>intacct:*</c>), and the configured companies when the token names none.
/// </summary>
internal static class JwtClaimsMapper
{
    /// <summary>Adds the claims.</summary>
    /// <param name="principal">The validated principal.</param>
    /// <param name="defaultCompanies">The companies a token without <c>intacct_company</c> claims may use (empty = all).</param>
    public static void Map(ClaimsPrincipal principal, IReadOnlyList<string> defaultCompanies)
    {
        if (principal.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        var scopes = principal.FindAll(IntacctClaims.ScopeClaimType).Concat(principal.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(IntacctScopes.Normalize)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Replace the raw scope claims: tools must see exactly the intacct scopes this server recognises.
        foreach (var claim in identity.FindAll(IntacctClaims.ScopeClaimType).ToList())
        {
            identity.RemoveClaim(claim);
        }

        if (scopes.Count > 0)
        {
            identity.AddClaim(new Claim(IntacctClaims.ScopeClaimType, string.Join(' ', scopes)));
        }

        if (!identity.HasClaim(c => c.Type == IntacctClaims.CompanyClaimType))
        {
            foreach (var company in defaultCompanies.Count == 0 ? [IntacctClaims.AllCompanies] : defaultCompanies)
            {
                identity.AddClaim(new Claim(IntacctClaims.CompanyClaimType, company));
            }
        }
    }
}
