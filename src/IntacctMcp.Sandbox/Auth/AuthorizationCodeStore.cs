using System.Collections.Concurrent;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>Authorization codes: random, stored hashed, single use, valid ten minutes on the sandbox clock.</summary>
internal sealed class AuthorizationCodeStore(TimeProvider time)
{
    /// <summary>How long a code may wait for its exchange.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, AuthorizationGrant> _codes = new(StringComparer.Ordinal);

    /// <summary>Issues a code for a consent; the grant's expiry is set here.</summary>
    public string Issue(AuthorizationGrant grant)
    {
        var code = SecretHash.NewSecret();
        _codes[SecretHash.Of(code)] = grant with { ExpiresAt = time.GetUtcNow() + Lifetime };
        return code;
    }

    /// <summary>Takes a code out of the store (so it can never be used twice, even when this exchange fails).</summary>
    /// <param name="code">The code the client sent.</param>
    /// <param name="expired">Whether the code was known but past its lifetime.</param>
    /// <returns>The grant, or null when the code is unknown, used, or expired.</returns>
    public AuthorizationGrant? Take(string code, out bool expired)
    {
        expired = false;
        if (!_codes.TryRemove(SecretHash.Of(code), out var grant))
        {
            return null;
        }

        if (time.GetUtcNow() >= grant.ExpiresAt)
        {
            expired = true;
            return null;
        }

        return grant;
    }
}
