using IntacctMcp.Tools.Policy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace IntacctMcp.Server.Http.Auth;

/// <summary>Authenticates the caller of the MCP endpoint, or answers 401 with a pointer to the resource metadata.</summary>
internal static class CallerAuthentication
{
    /// <summary>Authenticates the request when authentication is configured.</summary>
    /// <returns><see langword="true"/> to go on; <see langword="false"/> when a 401 was written.</returns>
    public static async Task<bool> TryAuthenticateAsync(HttpContext context, HttpServerOptions options)
    {
        if (!options.AuthenticationConfigured)
        {
            return true;
        }

        var result = await context.AuthenticateAsync(AuthenticationSetup.SchemeName);
        if (result.Succeeded && result.Principal is not null)
        {
            context.User = result.Principal;
            return true;
        }

        var presented = BearerToken.From(context.Request) is not null;
        var challenge = $"Bearer resource_metadata=\"{ProtectedResource.MetadataUrl(context.Request, options)}\", scope=\"{IntacctClaims.ReadScope} {IntacctClaims.WriteScope}\"";
        context.Response.Headers.WWWAuthenticate = presented ? challenge + ", error=\"invalid_token\"" : challenge;
        var message = presented
            ? "Unauthorized: the bearer token is not valid (unknown API key, or a JWT with the wrong issuer, audience, signature or lifetime)."
            : "Unauthorized: send Authorization: Bearer <API key or OAuth access token>.";
        await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, JsonRpcHttpErrors.ServerError, message);
        return false;
    }
}
