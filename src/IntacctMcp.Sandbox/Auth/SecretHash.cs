using System.Security.Cryptography;
using System.Text;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>Random secrets (codes, refresh tokens), the hashes they are stored under, and the PKCE S256 check.</summary>
internal static class SecretHash
{
    /// <summary>Makes a new random secret, URL-safe, 256 bits.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key a secret is stored under, so a dump of the store holds no usable code or token.</summary>
    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether BASE64URL(SHA256(verifier)) equals the challenge (RFC 7636 §4.6), compared in constant time.</summary>
    public static bool PkceMatches(string verifier, string challenge) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
            Encoding.ASCII.GetBytes(challenge));

    /// <summary>Whether two secrets are equal, compared in constant time.</summary>
    public static bool SameSecret(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
