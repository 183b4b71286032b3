using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// The authorization-code grant (reference §1.4): a code from the consent page, checked against its client, redirect URI
/// and PKCE challenge, exchanged for an access token acting as the person who signed in (and a refresh token when the
/// scope had <c>offline_access</c>).
/// </summary>
/// <remarks>A successful exchange revokes the refresh tokens that user, company and client held before: Sage keeps one live
/// authorization per pair (reference §1.7, observed by Nango).</remarks>
internal static class AuthorizationCodeGrant
{
    public static ApiResponse Process(Dictionary<string, string> fields, SandboxState state)
    {
        var code = fields.GetValueOrDefault("code");
        if (string.IsNullOrEmpty(code))
        {
            return TokenReply.Fail(400, "invalid_request", "The code parameter is missing.", "GW-0031");
        }

        // Taken before any other check: a code is single use even when this exchange fails.
        var grant = state.Codes.Take(code, out var expired);
        grant?.Company.Counters.CountTokenRequest();
        var clientId = fields.GetValueOrDefault("client_id");
        if (!ClientAuthenticator.IsAuthentic(state, clientId, fields.GetValueOrDefault("client_secret")))
        {
            return TokenReply.InvalidClient();
        }

        if (grant is null)
        {
            return TokenReply.Fail(400, "invalid_grant",
                expired ? "The authorization code has expired." : "The authorization code is invalid or has already been used.", "GW-0035");
        }

        if (grant.Company.Faults.TakeTokenFailure())
        {
            return TokenReply.Unavailable();
        }

        if (!string.Equals(grant.ClientId, clientId, StringComparison.Ordinal))
        {
            return TokenReply.Fail(400, "invalid_grant", "The authorization code was issued to another client.", "GW-0035");
        }

        if (!string.Equals(grant.RedirectUri, fields.GetValueOrDefault("redirect_uri"), StringComparison.Ordinal))
        {
            return TokenReply.Fail(400, "invalid_grant", "The redirect_uri does not match the one of the authorization request.", "GW-0035");
        }

        var failure = CheckPkce(state, grant, fields.GetValueOrDefault("code_verifier"));
        if (failure is not null)
        {
            return failure;
        }

        grant.Company.Counters.CountCodeExchange();
        state.RefreshTokens.RevokeFor(grant.Company, grant.UserId, grant.ClientId);
        var lifetime = state.Options.TokenLifetimeSeconds;
        var (accessToken, _) = state.Tokens.Issue(grant.Company, grant.UserId, grant.EntityId, grant.ClientId, lifetime);
        var refreshToken = grant.OfflineAccess
            ? state.RefreshTokens.Issue(grant.Company, grant.UserId, grant.EntityId, grant.ClientId, state.Options.RefreshTokenLifetimeSeconds)
            : null;
        return TokenReply.Success(accessToken, lifetime, refreshToken);
    }

    private static ApiResponse? CheckPkce(SandboxState state, AuthorizationGrant grant, string? verifier)
    {
        if (grant.CodeChallenge is null)
        {
            // The consent page refuses a public client without a challenge; this is the second line.
            return state.PublicClients.Contains(grant.ClientId)
                ? TokenReply.Fail(400, "invalid_grant", "A public client must use PKCE (code_challenge with S256).", "GW-0035")
                : null;
        }

        if (string.IsNullOrEmpty(verifier))
        {
            return TokenReply.Fail(400, "invalid_grant", "The code_verifier parameter is missing; the authorization request used PKCE.", "GW-0035");
        }

        return SecretHash.PkceMatches(verifier, grant.CodeChallenge)
            ? null
            : TokenReply.Fail(400, "invalid_grant", "The code_verifier does not match the code_challenge (PKCE S256).", "GW-0035");
    }
}
