using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using IntacctMcp.Server.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace IntacctMcp.Server.Auth;

/// <summary>Turns configured signing keys (PEM public keys or base64 symmetric keys) into security keys.</summary>
internal static class JwtSigningKeys
{
    /// <summary>Parses the keys.</summary>
    /// <exception cref="ServerConfigurationException">A key is neither PEM nor base64.</exception>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The key objects live as long as the validation parameters that hold them: the whole process.")]
    public static IReadOnlyList<SecurityKey> Parse(IEnumerable<string> keys) => [.. keys.Select((key, index) =>
    {
        var text = key.Trim();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            try
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                return (SecurityKey)new RsaSecurityKey(rsa);
            }
            catch (ArgumentException)
            {
                var ecdsa = ECDsa.Create();
                try
                {
                    ecdsa.ImportFromPem(text);
                }
                catch (ArgumentException)
                {
                    throw new ServerConfigurationException($"Http:Jwt:SigningKeys:{index} is not an RSA or EC public key in PEM form.");
                }

                return new ECDsaSecurityKey(ecdsa);
            }
        }

        try
        {
            return new SymmetricSecurityKey(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new ServerConfigurationException($"Http:Jwt:SigningKeys:{index} is neither a PEM public key nor a base64 symmetric key.");
        }
    })];
}
