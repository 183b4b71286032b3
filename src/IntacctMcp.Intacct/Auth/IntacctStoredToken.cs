namespace IntacctMcp.Intacct.Auth;

/// <summary>An access token as kept by an <see cref="IIntacctTokenStore"/>.</summary>
/// <param name="AccessToken">The bearer token. Secret.</param>
/// <param name="ExpiresAt">When Sage said it expires.</param>
/// <param name="CredentialFingerprint">The fingerprint of the credentials it was issued for.</param>
public sealed record IntacctStoredToken(string AccessToken, DateTimeOffset ExpiresAt, string CredentialFingerprint)
{
    /// <inheritdoc/>
    public override string ToString() => $"IntacctStoredToken {{ ExpiresAt = {ExpiresAt:O} }}";
}
