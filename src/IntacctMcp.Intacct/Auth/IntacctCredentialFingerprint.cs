using System.Security.Cryptography;
using System.Text;
using IntacctMcp.Intacct.Configuration;

namespace IntacctMcp.Intacct.Auth;

/// <summary>A one-way fingerprint of a company's credentials, so a stored token is only reused for the same credentials.</summary>
internal static class IntacctCredentialFingerprint
{
    /// <summary>Computes the SHA-256 of client ID, secret, username and base URL (length-prefixed, so no two inputs collide by concatenation).</summary>
    /// <param name="options">The company's options.</param>
    /// <returns>Lower-case hex.</returns>
    public static string Compute(IntacctCompanyOptions options)
    {
        var text = new StringBuilder();
        foreach (var part in new[] { options.ClientId, options.ClientSecret, options.Username, options.BaseUrl })
        {
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
