using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// <c>POST /ia/api/v1/oauth2/revoke</c>, form <c>token=</c> (an access or a refresh token): revokes every access and refresh
/// token of that user and company, Sage's token pool (reference §1.1). An unknown token answers 200 too (RFC 7009 §2.2).
/// </summary>
internal static class RevokeEndpoint
{
    public static async Task HandleAsync(HttpContext context, SandboxState state)
    {
        var token = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString()
            : string.Empty;
        var response = string.IsNullOrEmpty(token)
            ? TokenReply.Fail(400, "invalid_request", "The token parameter is missing (form field token=<access or refresh token>).", "GW-0031")
            : Revoke(state, token);
        await response.WriteAsync(context.Response, context.RequestAborted);
    }

    private static ApiResponse Revoke(SandboxState state, string token)
    {
        var (company, userId) = state.Tokens.Find(token) is { } access
            ? (access.Company, access.UserId)
            : state.RefreshTokens.Find(token) is { } refresh ? (refresh.Company, refresh.UserId) : (null, null);
        if (company is not null)
        {
            state.Tokens.RevokeFor(company, userId!);
            state.RefreshTokens.RevokeFor(company, userId!, null);
        }

        return new ApiResponse(200, null, [new("Cache-Control", "no-store")]);
    }
}
