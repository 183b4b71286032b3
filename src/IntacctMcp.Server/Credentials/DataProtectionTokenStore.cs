using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntacctMcp.Server.Credentials;

/// <summary>Keeps each company's access token encrypted in <c>&lt;home&gt;/tokens</c>, so that a restarted server reuses it.</summary>
/// <remarks>
/// One file per company, named from a hash of the company name; the token is a DataProtection payload under the purpose
/// chain <c>IntacctMcp.Tokens.v1</c> / company. A token stored for other credentials (fingerprint), an expired one, or a
/// file that cannot be read or decrypted is dropped: reading never throws for a bad token file, it only costs one new
/// token request. Every token seen is registered with the secret redactor. A regular user's sign-in (a payload with a
/// refresh token) is kept after its access token expires: the refresh token is what the next access token comes from.
/// </remarks>
internal sealed partial class DataProtectionTokenStore(
    CredentialProtection protection,
    TimeProvider timeProvider,
    ISecretRegistry secretRegistry,
    ILogger<DataProtectionTokenStore> logger) : IIntacctTokenStore
{
    /// <summary>The root DataProtection purpose of persisted tokens.</summary>
    public const string Purpose = "IntacctMcp.Tokens.v1";

    private const int FormatVersion = 1;

    /// <summary>Opens the store of a home folder for a one-shot command (<c>login</c>, <c>logout</c>): the system clock, no log.</summary>
    /// <param name="home">The store folder.</param>
    /// <returns>The store.</returns>
    public static DataProtectionTokenStore ForCommand(IntacctMcpHome home) =>
        new(new CredentialProtection(home), TimeProvider.System, new SecretRedactor(), NullLogger<DataProtectionTokenStore>.Instance);

    /// <summary>Gets the path of a company's token file.</summary>
    public string PathOf(string company)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(company)));
        return Path.Combine(protection.Home.TokensDirectory, Convert.ToHexStringLower(hash.AsSpan(0, 16)) + ".token");
    }

    /// <inheritdoc/>
    public async ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(company);
        var path = PathOf(company);
        if (!File.Exists(path))
        {
            return null;
        }

        TokenPayload? payload;
        try
        {
            var file = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), CredentialsJsonContext.Default.TokenFile);
            if (file is null || file.Version != FormatVersion || string.IsNullOrEmpty(file.ProtectedToken))
            {
                LogUnreadable(logger, company, "unknown format");
                Delete(path);
                return null;
            }

            if (file.SignIn != true && file.ExpiresAt <= timeProvider.GetUtcNow())
            {
                LogExpired(logger, company);
                Delete(path);
                return null;
            }

            var json = Protector(company).Unprotect(file.ProtectedToken);
            protection.RestrictKeyRing();
            payload = JsonSerializer.Deserialize(json, CredentialsJsonContext.Default.TokenPayload);
        }
        catch (Exception exception) when (exception is JsonException or CryptographicException or FormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogUnreadable(logger, company, exception.GetType().Name);
            Delete(path);
            return null;
        }

        if (payload is null || string.IsNullOrEmpty(payload.AccessToken))
        {
            LogUnreadable(logger, company, "empty payload");
            Delete(path);
            return null;
        }

        secretRegistry.Register(payload.AccessToken);
        if (payload.RefreshToken is { Length: > 0 } refreshToken)
        {
            secretRegistry.Register(refreshToken);
        }

        if (!string.Equals(payload.CredentialFingerprint, credentialFingerprint, StringComparison.Ordinal))
        {
            LogCredentialsChanged(logger, company);
            Delete(path);
            return null;
        }

        if (payload.RefreshToken is null && payload.ExpiresAt <= timeProvider.GetUtcNow())
        {
            LogExpired(logger, company);
            Delete(path);
            return null;
        }

        LogReused(logger, company, payload.ExpiresAt);
        return new IntacctStoredToken(payload.AccessToken, payload.ExpiresAt, payload.CredentialFingerprint)
        {
            RefreshToken = payload.RefreshToken,
            UserId = payload.UserId,
        };
    }

    /// <inheritdoc/>
    public ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(company);
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        secretRegistry.Register(token.AccessToken);
        if (token.RefreshToken is { Length: > 0 } refreshToken)
        {
            secretRegistry.Register(refreshToken);
        }

        var payload = JsonSerializer.Serialize(
            new TokenPayload(token.AccessToken, token.ExpiresAt, token.CredentialFingerprint, token.RefreshToken, token.UserId),
            CredentialsJsonContext.Default.TokenPayload);
        var file = new TokenFile(FormatVersion, token.ExpiresAt, Protector(company).Protect(payload), token.RefreshToken is null ? null : true);
        SecureFile.EnsureDirectory(protection.Home.TokensDirectory);
        SecureFile.WriteAllBytesAtomic(PathOf(company), JsonSerializer.SerializeToUtf8Bytes(file, CredentialsJsonContext.Default.TokenFile));
        protection.RestrictKeyRing();
        LogStored(logger, company, token.ExpiresAt);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string company, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(company);
        cancellationToken.ThrowIfCancellationRequested();
        Delete(PathOf(company));
        return ValueTask.CompletedTask;
    }

    // Company names are case-insensitive (IntacctOptions.Companies), so "Acme" and "acme" share one token.
    private static string Normalize(string company) => company.ToUpperInvariant();

    private IDataProtector Protector(string company) => protection.CreateProtector(Purpose, Normalize(company));

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogDeleteFailed(logger, path, exception.GetType().Name);
        }
    }

    [LoggerMessage(3100, LogLevel.Debug, "Reusing the persisted access token of company {Company} (expires {ExpiresAt:O}).")]
    private static partial void LogReused(ILogger logger, string company, DateTimeOffset expiresAt);

    [LoggerMessage(3101, LogLevel.Debug, "Persisted the access token of company {Company} (expires {ExpiresAt:O}).")]
    private static partial void LogStored(ILogger logger, string company, DateTimeOffset expiresAt);

    [LoggerMessage(3102, LogLevel.Information, "The persisted access token of company {Company} was issued for other credentials; dropped it.")]
    private static partial void LogCredentialsChanged(ILogger logger, string company);

    [LoggerMessage(3103, LogLevel.Debug, "The persisted access token of company {Company} has expired; dropped it.")]
    private static partial void LogExpired(ILogger logger, string company);

    [LoggerMessage(3104, LogLevel.Warning, "The persisted access token of company {Company} could not be read ({Reason}); dropped it, a new token will be requested.")]
    private static partial void LogUnreadable(ILogger logger, string company, string reason);

    [LoggerMessage(3105, LogLevel.Warning, "Could not delete the token file {Path} ({Reason}).")]
    private static partial void LogDeleteFailed(ILogger logger, string path, string reason);
}
