using System.Security.Cryptography;
using System.Text;

namespace IntacctMcp.Intacct.Auth;

/// <summary>A cached access token.</summary>
/// <param name="Value">The bearer token. Secret: never logged.</param>
/// <param name="ExpiresAt">When Sage said it expires.</param>
/// <param name="RefreshAt">When the client fetches a new one (ahead of expiry).</param>
internal sealed record IntacctAccessToken(string Value, DateTimeOffset ExpiresAt, DateTimeOffset RefreshAt)
{
    /// <summary>Gets a one-way fingerprint of the token, to name it to other replicas without giving it away.</summary>
    public string Fingerprint => FingerprintOf(Value);

    /// <summary>Computes the fingerprint of a token value: the first 32 hex digits of its SHA-256.</summary>
    /// <param name="value">The token.</param>
    /// <returns>The fingerprint.</returns>
    public static string FingerprintOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];

    /// <inheritdoc/>
    public override string ToString() => $"IntacctAccessToken {{ ExpiresAt = {ExpiresAt:O} }}";

    /// <summary>Creates a token that is refreshed <paramref name="skew"/> before expiry, but never earlier than 90% of its lifetime.</summary>
    /// <param name="value">The token.</param>
    /// <param name="issuedAt">When it was obtained.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <param name="skew">The configured refresh skew.</param>
    /// <returns>The token.</returns>
    public static IntacctAccessToken Create(string value, DateTimeOffset issuedAt, DateTimeOffset expiresAt, TimeSpan skew)
    {
        var lifetime = expiresAt - issuedAt;
        var cappedSkew = lifetime <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(skew.Ticks, lifetime.Ticks / 10));
        return new IntacctAccessToken(value, expiresAt, expiresAt - cappedSkew);
    }
}
