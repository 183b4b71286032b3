using System.Security.Cryptography;
using System.Text;
using IntacctMcp.Intacct.Configuration;

namespace IntacctMcp.Intacct.Auth;

/// <summary>A one-way fingerprint of a company's credentials, so a stored token is only reused for the same credentials.</summary>
internal static class IntacctCredentialFingerprint
{
    /// <summary>Computes the SHA-256 of client ID, secret, username and base URL (length-prefixed, so no two inputs collide by
    /// concatenation), and the flow when it is a sign-in (so a Web Services token is never taken for a sign-in, and existing
    /// client-credentials fingerprints stay as they were).</summary>
    /// <param name="options">The company's options.</param>
    /// <returns>Lower-case hex.</returns>
    public static string Compute(IntacctCompanyOptions options)
    {
        var text = new StringBuilder();
        string[] parts = options.UsesSignIn()
            ? [options.ClientId, options.ClientSecret, string.Empty, options.BaseUrl, IntacctFlows.AuthorizationCode]
            : [options.ClientId, options.ClientSecret, options.Username, options.BaseUrl];
        foreach (var part in parts)
        {
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
