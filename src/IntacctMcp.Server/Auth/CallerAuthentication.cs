using IntacctMcp.Tools.Policy;
using Microsoft.AspNetCore.Http;

namespace IntacctMcp.Server.Auth;

/// <summary>What a caller that the authentication handlers did not accept is told: the challenge and the reason.</summary>
internal static class CallerAuthentication
{
    /// <summary>Gets whether the request's caller was authenticated by <see cref="AuthenticationSetup.SchemeName"/>.</summary>
    public static bool IsAuthenticated(HttpContext context) => context.User.Identity?.IsAuthenticated == true;

    /// <summary>Sets <c>WWW-Authenticate</c> (RFC 9728: a pointer to the resource metadata) and returns the reason.</summary>
    /// <param name="context">The refused request.</param>
    /// <param name="options">The authentication settings.</param>
    /// <returns>The message for the 401 body; it never repeats the presented token.</returns>
    public static string Challenge(HttpContext context, CallerAuthenticationOptions options)
    {
        var presented = BearerToken.From(context.Request) is not null;
        var challenge = $"Bearer resource_metadata=\"{ProtectedResource.MetadataUrl(context.Request, options)}\", scope=\"{IntacctClaims.ReadScope} {IntacctClaims.WriteScope}\"";
        context.Response.Headers.WWWAuthenticate = presented ? challenge + ", error=\"invalid_token\"" : challenge;
        return presented
            ? "Unauthorized: the bearer token is not valid (unknown API key, or a JWT with the wrong issuer, audience, signature or lifetime)."
            : "Unauthorized: send Authorization: Bearer <API key or OAuth access token>.";
    }
}
