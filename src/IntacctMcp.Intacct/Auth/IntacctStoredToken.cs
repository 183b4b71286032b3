namespace IntacctMcp.Intacct.Auth;

/// <summary>An access token as kept by an <see cref="IIntacctTokenStore"/>, with the refresh token of a sign-in.</summary>
/// <param name="AccessToken">The bearer token. Secret.</param>
/// <param name="ExpiresAt">When Sage said the access token expires.</param>
/// <param name="CredentialFingerprint">The fingerprint of the credentials it was issued for.</param>
public sealed record IntacctStoredToken(string AccessToken, DateTimeOffset ExpiresAt, string CredentialFingerprint)
{
    /// <summary>Gets the refresh token of a regular user's sign-in (<c>authorization_code</c> companies only). Secret.</summary>
    /// <remarks>A store must keep it even after the access token expires: it is what the next access token comes from.</remarks>
    public string? RefreshToken { get; init; }

    /// <summary>Gets the Sage user the sign-in belongs to (the token's <c>userId</c> claim), to show and log; not secret.</summary>
    public string? UserId { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"IntacctStoredToken {{ ExpiresAt = {ExpiresAt:O}, UserId = {UserId}, SignIn = {RefreshToken is not null} }}";
}
