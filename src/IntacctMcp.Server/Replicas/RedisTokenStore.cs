using System.Security.Cryptography;
using System.Text.Json;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.AspNetCore.DataProtection;

namespace IntacctMcp.Server.Replicas;

/// <summary>
/// Each company's token (and a regular user's sign-in) shared by all replicas in Redis, sealed with the shared
/// DataProtection key ring, in front of the replica's own store (<paramref name="local"/>).
/// </summary>
/// <remarks>
/// Reads take the newer of Redis and the local store (by expiry): a sign-in made with <c>intacct-mcp login</c> on this
/// replica's home reaches the others when it is first used, and a newer login wins over an older shared sign-in. Writes
/// go to both, so a restart without Redis still finds its token. When Redis cannot answer, the local store alone
/// serves. Redis holds only the sealed payload: no token or refresh token in plain text.
/// </remarks>
/// <param name="redis">The shared state, whose guarded calls this store makes.</param>
/// <param name="keys">The deployment's keys.</param>
/// <param name="protection">The shared key ring.</param>
/// <param name="local">The replica's own store.</param>
/// <param name="secretRegistry">Where every token read or written is registered, so logs never show it.</param>
/// <param name="time">The clock.</param>
internal sealed class RedisTokenStore(
    RedisSharedState redis,
    RedisKeys keys,
    IDataProtectionProvider protection,
    IIntacctTokenStore local,
    ISecretRegistry secretRegistry,
    TimeProvider time) : IIntacctTokenStore
{
    /// <summary>The DataProtection purpose of shared tokens.</summary>
    public const string Purpose = "IntacctMcp.SharedTokens.v1";

    // A sign-in's refresh token outlives its access token; Sage's own limit is shorter than this.
    private static readonly TimeSpan SignInRetention = TimeSpan.FromDays(90);

    /// <inheritdoc/>
    public async ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken)
    {
        var shared = await ReadSharedAsync(company, credentialFingerprint);
        IntacctStoredToken? own;
        try
        {
            own = await local.GetAsync(company, credentialFingerprint, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            own = null;
        }

        if (own is not null && (shared is null || own.ExpiresAt > shared.ExpiresAt))
        {
            // This replica's store is newer (a login here, or a token from before Redis): the others get it too.
            await WriteSharedAsync(company, own);
            return own;
        }

        return shared;
    }

    /// <inheritdoc/>
    public async ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await WriteSharedAsync(company, token);
        await local.StoreAsync(company, token, cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask RemoveAsync(string company, CancellationToken cancellationToken)
    {
        await redis.TryRunAsync(db => db.KeyDeleteAsync(keys.Token(company)));
        await local.RemoveAsync(company, cancellationToken);
    }

    private async Task WriteSharedAsync(string company, IntacctStoredToken token)
    {
        Register(token);
        var payload = JsonSerializer.Serialize(
            new TokenPayload(token.AccessToken, token.ExpiresAt, token.CredentialFingerprint, token.RefreshToken, token.UserId),
            CredentialsJsonContext.Default.TokenPayload);
        var lifetime = token.RefreshToken is null ? token.ExpiresAt - time.GetUtcNow() : SignInRetention;
        if (lifetime > TimeSpan.Zero)
        {
            // Unreachable: kept locally; the other replicas fetch their own until Redis is back.
            await redis.TryRunAsync(db => db.StringSetAsync(keys.Token(company), Protector(company).Protect(payload), lifetime));
        }
    }

    private async Task<IntacctStoredToken?> ReadSharedAsync(string company, string credentialFingerprint)
    {
        var (ok, value) = await redis.TryRunAsync(db => db.StringGetAsync(keys.Token(company)));
        if (!ok || (string?)value is not { } sealedPayload)
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize(Protector(company).Unprotect(sealedPayload), CredentialsJsonContext.Default.TokenPayload);
            if (payload is null || string.IsNullOrEmpty(payload.AccessToken) || payload.CredentialFingerprint != credentialFingerprint)
            {
                return null;
            }

            var token = new IntacctStoredToken(payload.AccessToken, payload.ExpiresAt, payload.CredentialFingerprint) { RefreshToken = payload.RefreshToken, UserId = payload.UserId };
            Register(token);
            return token;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // Sealed with a key ring this replica does not share: as if absent (the next fetch overwrites it).
            return null;
        }
    }

    private void Register(IntacctStoredToken token)
    {
        secretRegistry.Register(token.AccessToken);
        secretRegistry.Register(token.RefreshToken);
    }

    // Company names are case-insensitive, so "Acme" and "acme" share one token.
    private IDataProtector Protector(string company) => protection.CreateProtector(Purpose, company.Trim().ToUpperInvariant());
}
