namespace IntacctMcp.Server.Credentials;

/// <summary>The content of one persisted token file.</summary>
/// <remarks>The expiry is repeated in plain text so that an expired file is dropped without decrypting it. The credential
/// fingerprint is only inside the protected payload: a hash of the credentials has no business on disk in the clear.</remarks>
/// <param name="Version">The format version.</param>
/// <param name="ExpiresAt">When the token expires.</param>
/// <param name="ProtectedToken">The DataProtection payload of a <see cref="TokenPayload"/>.</param>
/// <param name="SignIn"><see langword="true"/> when the payload holds a sign-in's refresh token: the file outlives its access token.</param>
internal sealed record TokenFile(int Version, DateTimeOffset ExpiresAt, string? ProtectedToken, bool? SignIn = null);
