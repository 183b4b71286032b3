namespace IntacctMcp.Sandbox.Auth;

/// <summary>What a refresh token stands for. <paramref name="Revoked"/> covers revoked, rotated away and replaced by a newer sign-in.</summary>
internal sealed record RefreshGrant(
    SandboxCompany Company, string UserId, string? EntityId, string ClientId, DateTimeOffset ExpiresAt, int Generation, bool Revoked = false);
