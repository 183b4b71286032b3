namespace IntacctMcp.Server.Credentials;

/// <summary>What a token file protects: the token bound to its fingerprint and expiry.</summary>
/// <param name="AccessToken">The bearer token. Secret.</param>
/// <param name="ExpiresAt">When the token expires.</param>
/// <param name="CredentialFingerprint">The fingerprint of the credentials it was issued for.</param>
/// <param name="RefreshToken">The refresh token of a regular user's sign-in, if any. Secret.</param>
/// <param name="UserId">The Sage user who signed in, if any.</param>
internal sealed record TokenPayload(string AccessToken, DateTimeOffset ExpiresAt, string CredentialFingerprint, string? RefreshToken = null, string? UserId = null)
{
    /// <inheritdoc/>
    public override string ToString() => $"TokenPayload {{ ExpiresAt = {ExpiresAt:O} }}";
}
