namespace IntacctMcp.Sandbox.Auth;

/// <summary>What the sandbox remembers about an access token it issued; <paramref name="Revoked"/> makes it answer like an expired one.</summary>
internal sealed record IssuedToken(SandboxCompany Company, string UserId, string? EntityId, string ClientId, DateTimeOffset ExpiresAt, int Generation, bool Revoked = false);
