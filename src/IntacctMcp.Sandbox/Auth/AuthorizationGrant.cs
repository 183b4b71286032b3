namespace IntacctMcp.Sandbox.Auth;

/// <summary>What an authorization code stands for: who consented, for which client and redirect, with which PKCE challenge and scope.</summary>
internal sealed record AuthorizationGrant(
    SandboxCompany Company,
    string UserId,
    string? EntityId,
    string ClientId,
    string RedirectUri,
    string? CodeChallenge,
    string Scope,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Gets whether the scope asked for a refresh token.</summary>
    public bool OfflineAccess => Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("offline_access", StringComparer.Ordinal);
}
