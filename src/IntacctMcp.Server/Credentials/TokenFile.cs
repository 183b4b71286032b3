namespace IntacctMcp.Server.Credentials;

/// <summary>The content of one persisted token file.</summary>
/// <remarks>The fingerprint and expiry are repeated in plain text so that a stale file is dropped without decrypting it;
/// the protected payload carries them too and is what counts.</remarks>
/// <param name="Version">The format version.</param>
/// <param name="CredentialFingerprint">The one-way fingerprint of the credentials the token was issued for.</param>
/// <param name="ExpiresAt">When the token expires.</param>
/// <param name="ProtectedToken">The DataProtection payload of a <see cref="TokenPayload"/>.</param>
internal sealed record TokenFile(int Version, string? CredentialFingerprint, DateTimeOffset ExpiresAt, string? ProtectedToken);
