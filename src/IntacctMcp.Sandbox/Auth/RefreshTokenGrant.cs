using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// The refresh-token grant (reference §1.5): a new access token and a new refresh token; the old refresh token stops
/// working at once (rotation).
/// </summary>
internal static class RefreshTokenGrant
{
    public static ApiResponse Process(Dictionary<string, string> fields, SandboxState state)
    {
        var refreshToken = fields.GetValueOrDefault("refresh_token");
        if (string.IsNullOrEmpty(refreshToken))
        {
            return TokenReply.Fail(400, "invalid_request", "The refresh_token parameter is missing.", "GW-0031");
        }

        // Found whatever its state, so that every attempt is counted for its company.
        var known = state.RefreshTokens.Find(refreshToken);
        if (known is not null)
        {
            known.Company.Counters.CountTokenRequest();
            known.Company.Counters.CountRefresh();
        }

        var clientId = fields.GetValueOrDefault("client_id");
        if (!ClientAuthenticator.IsAuthentic(state, clientId, fields.GetValueOrDefault("client_secret")))
        {
            return TokenReply.InvalidClient();
        }

        // A transient failure leaves the refresh token as it was, so the client can retry with it.
        if (known is not null && known.Company.Faults.TakeTokenFailure())
        {
            return TokenReply.Unavailable();
        }

        var outcome = state.RefreshTokens.Rotate(refreshToken, clientId!, state.Options.RefreshTokenLifetimeSeconds, out var grant, out var rotated);
        if (outcome == RefreshOutcome.Expired)
        {
            return TokenReply.Fail(400, "invalid_grant", "The refresh token has expired.", "GW-0038");
        }

        if (outcome == RefreshOutcome.Invalid)
        {
            return TokenReply.Fail(400, "invalid_grant", "The refresh token is invalid or has been revoked.", "GW-0038");
        }

        var lifetime = state.Options.TokenLifetimeSeconds;
        var (accessToken, _) = state.Tokens.Issue(grant!.Company, grant.UserId, grant.EntityId, grant.ClientId, lifetime);
        return TokenReply.Success(accessToken, lifetime, rotated);
    }
}
