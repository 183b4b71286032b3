using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>The token endpoint's answers: the token response of reference §1.6 and the <c>{"error": {...}}</c> failures of §1.7.</summary>
internal static class TokenReply
{
    public static ApiResponse Success(string accessToken, int lifetimeSeconds, string? refreshToken = null) => ApiResponse.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("token_type", "Bearer");
        w.WriteString("access_token", accessToken);
        w.WriteNumber("expires_in", lifetimeSeconds);
        if (refreshToken is not null)
        {
            w.WriteString("refresh_token", refreshToken);
        }

        w.WriteEndObject();
    }, [new("Cache-Control", "no-store")]);

    public static ApiResponse Fail(int status, string code, string message, string errorId) =>
        new SageError(status, code, message, errorId).ToGatewayResponse([new("Cache-Control", "no-store")]);

    public static ApiResponse Unavailable() =>
        Fail(503, "temporarily_unavailable", "The authorization server is temporarily unavailable.", "GW-0010");

    public static ApiResponse InvalidClient() =>
        Fail(401, "invalid_client", "Client ID, client secret and/or third-party application are incorrect.", "REST-1216");
}
