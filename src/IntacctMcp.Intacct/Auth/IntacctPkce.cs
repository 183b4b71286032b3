using System.Security.Cryptography;
using System.Text;

namespace IntacctMcp.Intacct.Auth;

/// <summary>A PKCE pair (RFC 7636, S256) and the <c>state</c> of one sign-in; all random, used once.</summary>
/// <param name="Verifier">The code verifier (43 characters). Secret until the exchange.</param>
/// <param name="Challenge">BASE64URL(SHA-256(verifier)).</param>
/// <param name="State">The value the callback must echo, so that a callback this sign-in did not start is refused.</param>
public sealed record IntacctPkce(string Verifier, string Challenge, string State)
{
    /// <summary>Creates a fresh pair and state from the system's cryptographic random generator.</summary>
    /// <returns>The pair.</returns>
    public static IntacctPkce Create()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new IntacctPkce(verifier, ChallengeOf(verifier), Base64Url(RandomNumberGenerator.GetBytes(16)));
    }

    /// <summary>Computes the S256 challenge of a verifier.</summary>
    /// <param name="verifier">The verifier.</param>
    /// <returns>The challenge.</returns>
    public static string ChallengeOf(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <inheritdoc/>
    public override string ToString() => "IntacctPkce { }";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
