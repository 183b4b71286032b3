using System.Security.Claims;
using System.Text.Encodings.Web;
using IntacctMcp.Tools.Policy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer imcp_…</c> against the configured key hashes.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRegistry registry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc/>
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken.From(Request);
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var entry = registry.Find(token);
        if (entry is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "apikey:" + entry.Name),
            new(ClaimTypes.Name, entry.Name),
            new(IntacctClaims.ScopeClaimType, string.Join(' ', entry.Scopes)),
            .. entry.Companies.Select(c => new Claim(IntacctClaims.CompanyClaimType, c)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
