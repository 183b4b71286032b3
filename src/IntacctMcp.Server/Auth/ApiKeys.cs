using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IntacctMcp.Server.Auth;

/// <summary>Makes API keys and their hashes.</summary>
internal static class ApiKeys
{
    /// <summary>The prefix of every key; it tells an API key from a JWT.</summary>
    public const string Prefix = "imcp_";

    /// <summary>Creates a new random key: 32 bytes, base64url, prefixed.</summary>
    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Base64Url.EncodeToString(bytes);
    }

    /// <summary>Computes the SHA-256 of a key as lowercase hex: what the configuration holds.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
