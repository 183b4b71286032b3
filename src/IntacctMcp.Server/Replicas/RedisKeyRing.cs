using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IntacctMcp.Server.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace IntacctMcp.Server.Replicas;

/// <summary>
/// The DataProtection key ring in Redis, so that any replica opens what another sealed (shared tokens, confirmation
/// tokens). Each key is encrypted with the configured certificate before it is written: Redis never holds key material
/// in plain text.
/// </summary>
internal static class RedisKeyRing
{
    /// <summary>Keeps the key ring in Redis, encrypted with <c>Redis:KeyRingCertificate</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="redis">The connection.</param>
    /// <param name="keys">The deployment's keys.</param>
    /// <param name="certificate">The certificate that encrypts each key (<see cref="LoadCertificate"/>).</param>
    public static void Add(IServiceCollection services, IConnectionMultiplexer redis, RedisKeys keys, X509Certificate2 certificate)
    {
        services.AddDataProtection()
            .SetApplicationName(keys.DataProtectionKeys)
            .PersistKeysToStackExchangeRedis(() => redis.GetDatabase(), keys.DataProtectionKeys)
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>Loads <c>Redis:KeyRingCertificate</c>.</summary>
    /// <param name="options">The <c>Redis</c> section.</param>
    /// <returns>The certificate, with its private key.</returns>
    /// <exception cref="ServerConfigurationException">The certificate is missing, unreadable or has no private key.</exception>
    public static X509Certificate2 LoadCertificate(RedisOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyRingCertificate))
        {
            throw new ServerConfigurationException(
                "Redis:KeyRingCertificate is not set: with Redis, replicas keep their DataProtection key ring there, encrypted with this certificate. Give a PFX file with a private key, the same on every replica (see the README's 'Several replicas').");
        }

        var path = Path.GetFullPath(options.KeyRingCertificate.Trim());
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.KeyRingCertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ServerConfigurationException(
                $"Redis:KeyRingCertificate '{path}' cannot be read as a PFX file ({(e is CryptographicException ? "wrong Redis:KeyRingCertificatePassword, or not PKCS#12" : e.GetType().Name)}).");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new ServerConfigurationException($"Redis:KeyRingCertificate '{path}' has no private key; export the certificate with its key (PKCS#12).");
        }

        return certificate;
    }
}
