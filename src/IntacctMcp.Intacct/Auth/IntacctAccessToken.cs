namespace IntacctMcp.Intacct.Auth;

/// <summary>A cached access token.</summary>
/// <param name="Value">The bearer token. Secret: never logged.</param>
/// <param name="ExpiresAt">When Sage said it expires.</param>
/// <param name="RefreshAt">When the client fetches a new one (ahead of expiry).</param>
internal sealed record IntacctAccessToken(string Value, DateTimeOffset ExpiresAt, DateTimeOffset RefreshAt)
{
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
