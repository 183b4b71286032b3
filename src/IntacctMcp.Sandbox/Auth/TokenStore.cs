using System.Collections.Concurrent;
using System.Security.Cryptography;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// Issues JWT-shaped access tokens (HS256 with a per-process random key, so they decode like Sage's: <c>cnyId</c>,
/// <c>userId</c>, <c>entityId</c>, <c>clientId</c>, <c>sessionId</c>, <c>exp</c>) and validates them by lookup.
/// </summary>
internal sealed class TokenStore(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly HMACSHA256 _signer = new(RandomNumberGenerator.GetBytes(32));
    private readonly Lock _signerGate = new();

    public (string Token, IssuedToken Info) Issue(SandboxCompany company, string userId, string? entityId, string clientId, int lifetimeSeconds)
    {
        var now = time.GetUtcNow();
        var info = new IssuedToken(company, userId, entityId, clientId, now.AddSeconds(lifetimeSeconds), company.TokenGeneration);
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);
        var payload = Base64Url(ApiResponse.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("iss", "https://api.intacct.com");
            w.WriteString("sub", userId + "@" + company.Id + (entityId is null ? string.Empty : "|" + entityId));
            w.WriteString("aud", "intacct-sandbox");
            w.WriteNumber("iat", now.ToUnixTimeSeconds());
            w.WriteNumber("exp", info.ExpiresAt.ToUnixTimeSeconds());
            w.WriteString("cnyId", company.Id);
            w.WriteString("userId", userId);
            w.WriteString("clientId", clientId);
            if (entityId is null)
            {
                w.WriteNull("entityId");
            }
            else
            {
                w.WriteString("entityId", entityId);
            }

            w.WriteString("sessionId", Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
            w.WriteString("jti", Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
            w.WriteEndObject();
        }));
        var unsigned = header + "." + payload;
        byte[] signature;
        lock (_signerGate)
        {
            signature = _signer.ComputeHash(System.Text.Encoding.ASCII.GetBytes(unsigned));
        }

        var token = unsigned + "." + Base64Url(signature);
        _tokens[token] = info;
        return (token, info);
    }

    /// <summary>Looks a token up; <paramref name="expired"/> tells an expired token from an unknown one.</summary>
    public IssuedToken? Validate(string token, out bool expired)
    {
        expired = false;
        if (!_tokens.TryGetValue(token, out var info))
        {
            return null;
        }

        if (info.Revoked || info.Generation != info.Company.TokenGeneration || time.GetUtcNow() >= info.ExpiresAt)
        {
            expired = true;
            return null;
        }

        return info;
    }

    /// <summary>Looks a token up whatever its state (for revocation).</summary>
    public IssuedToken? Find(string token) => _tokens.GetValueOrDefault(token);

    /// <summary>Revokes every access token of a user in a company (Sage's token pool).</summary>
    public void RevokeFor(SandboxCompany company, string userId)
    {
        foreach (var (token, info) in _tokens)
        {
            if (ReferenceEquals(info.Company, company) && string.Equals(info.UserId, userId, StringComparison.OrdinalIgnoreCase))
            {
                _tokens.TryUpdate(token, info with { Revoked = true }, info);
            }
        }
    }

    public void Dispose() => _signer.Dispose();

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
