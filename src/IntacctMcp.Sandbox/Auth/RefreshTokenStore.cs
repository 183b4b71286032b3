namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// Refresh tokens: random, stored hashed, rotated on every use. Used and revoked tokens stay in the store (marked), so a
/// late or replayed refresh can still be told apart and counted for its company.
/// </summary>
/// <remarks>One lock for the whole store: rotation must retire the old token and issue the new one as one step, or
/// two concurrent refreshes with the same token could both succeed.</remarks>
internal sealed class RefreshTokenStore(TimeProvider time)
{
    private readonly Dictionary<string, RefreshGrant> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Issue(SandboxCompany company, string userId, string? entityId, string clientId, int lifetimeSeconds)
    {
        var token = SecretHash.NewSecret();
        var grant = new RefreshGrant(company, userId, entityId, clientId, time.GetUtcNow().AddSeconds(lifetimeSeconds), company.RefreshGeneration);
        lock (_gate)
        {
            _tokens[SecretHash.Of(token)] = grant;
        }

        return token;
    }

    /// <summary>Looks a token up whatever its state.</summary>
    public RefreshGrant? Find(string token)
    {
        lock (_gate)
        {
            return _tokens.GetValueOrDefault(SecretHash.Of(token));
        }
    }

    /// <summary>Redeems a token for a new one (rotation): the old one stops working at once.</summary>
    public RefreshOutcome Rotate(string token, string clientId, int lifetimeSeconds, out RefreshGrant? grant, out string? newToken)
    {
        grant = null;
        newToken = null;
        var key = SecretHash.Of(token);
        lock (_gate)
        {
            if (!_tokens.TryGetValue(key, out var found) || found.Revoked || !string.Equals(found.ClientId, clientId, StringComparison.Ordinal))
            {
                return RefreshOutcome.Invalid;
            }

            if (found.Generation != found.Company.RefreshGeneration || time.GetUtcNow() >= found.ExpiresAt)
            {
                return RefreshOutcome.Expired;
            }

            _tokens[key] = found with { Revoked = true };
            grant = found;
            newToken = SecretHash.NewSecret();
            _tokens[SecretHash.Of(newToken)] = found with { ExpiresAt = time.GetUtcNow().AddSeconds(lifetimeSeconds) };
            return RefreshOutcome.Rotated;
        }
    }

    /// <summary>Revokes a user's refresh tokens in a company, for one client or (null) all of them.</summary>
    public void RevokeFor(SandboxCompany company, string userId, string? clientId)
    {
        lock (_gate)
        {
            foreach (var (key, grant) in _tokens.ToArray())
            {
                if (!grant.Revoked && ReferenceEquals(grant.Company, company) &&
                    string.Equals(grant.UserId, userId, StringComparison.OrdinalIgnoreCase) &&
                    (clientId is null || string.Equals(grant.ClientId, clientId, StringComparison.Ordinal)))
                {
                    _tokens[key] = grant with { Revoked = true };
                }
            }
        }
    }
}
