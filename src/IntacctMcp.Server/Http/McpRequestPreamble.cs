using IntacctMcp.Server.Http.Auth;
using Microsoft.AspNetCore.Http;

namespace IntacctMcp.Server.Http;

/// <summary>What every MCP request passes first: the Origin check (403) and caller authentication (401).</summary>
internal static class McpRequestPreamble
{
    /// <summary>Runs the checks.</summary>
    /// <returns><see langword="true"/> to go on; <see langword="false"/> when an error was written.</returns>
    public static async Task<bool> PassAsync(HttpContext context, HttpServerOptions options)
    {
        if (!RequestGuards.IsOriginAllowed(context.Request, options.EffectiveAllowedOrigins))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status403Forbidden, JsonRpcHttpErrors.ServerError, "Forbidden: the request's Origin is not allowed (Http:AllowedOrigins).");
            return false;
        }

        return await CallerAuthentication.TryAuthenticateAsync(context, options);
    }
}
