using System.Security.Claims;
using System.Text;
using IntacctMcp.Server.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>API keys and JWTs made by the tests.</summary>
internal static class TestCredentials
{
    public const string Issuer = "https://issuer.test";
    public const string Audience = "https://mcp.test/mcp";

    public static readonly byte[] SymmetricKey = Encoding.UTF8.GetBytes("a-test-only-symmetric-key-of-at-least-32-bytes!");

    public static string ReadKey { get; } = ApiKeys.Create();

    public static string WriteKey { get; } = ApiKeys.Create();

    /// <summary>Settings for two API keys (read; read+write on company "acme") and JWT validation with the symmetric key.</summary>
    public static Dictionary<string, string?> Settings(bool stateful = false) => new()
    {
        ["Http:Stateful"] = stateful ? "true" : "false",
        ["Http:ApiKeys:0:Name"] = "reader",
        ["Http:ApiKeys:0:Sha256"] = ApiKeys.Hash(ReadKey),
        ["Http:ApiKeys:0:Scopes:0"] = "read",
        ["Http:ApiKeys:1:Name"] = "writer",
        ["Http:ApiKeys:1:Sha256"] = ApiKeys.Hash(WriteKey),
        ["Http:ApiKeys:1:Scopes:0"] = "read",
        ["Http:ApiKeys:1:Scopes:1"] = "write",
        ["Http:ApiKeys:1:Companies:0"] = "acme",
        ["Http:Jwt:Issuer"] = Issuer,
        ["Http:Jwt:Audience"] = Audience,
        ["Http:Jwt:SigningKeys:0"] = Convert.ToBase64String(SymmetricKey),
    };

    public static string Jwt(string audience = Audience, TimeSpan? lifetime = null, string scope = "intacct:read")
    {
        var now = DateTimeOffset.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "user-42"), new Claim("scope", scope)]),
            IssuedAt = (expires < now ? expires.AddMinutes(-10) : now).UtcDateTime,
            NotBefore = (expires < now ? expires.AddMinutes(-10) : now).UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SymmetricKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
