using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntacctMcp.Benchmarks;

/// <summary>
/// A throwaway PFX for <c>Redis:KeyRingCertificate</c> (the server refuses Redis without one: it encrypts the
/// DataProtection key ring kept in Redis). Made in code, so no test depends on a certificate file in the repository.
/// </summary>
public static class KeyRingCertificateFile
{
    /// <summary>Writes a self-signed RSA 2048 certificate with its private key as <c>key-ring.pfx</c> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The run's temp folder.</param>
    /// <param name="password">The PFX password (<c>Redis:KeyRingCertificatePassword</c>).</param>
    /// <returns>The path of the PFX file.</returns>
    public static string Create(string directory, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=intacct-mcp test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = Path.Combine(directory, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }
}
