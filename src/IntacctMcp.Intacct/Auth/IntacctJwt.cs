using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Objects;

namespace IntacctMcp.Intacct.Auth;

/// <summary>Reads the payload claims of a JWT access token without validating it (only to show which company and entity it belongs to).</summary>
internal static class IntacctJwt
{
    /// <summary>Decodes the payload of a JWT.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The claims, or <see langword="null"/> when the token is not a JWT.</returns>
    public static JsonObject? TryReadClaims(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads the Sage user a token acts as (its <c>userId</c> claim).</summary>
    /// <param name="token">The token.</param>
    /// <returns>The user ID, or <see langword="null"/> when the token is not a JWT or names no user.</returns>
    public static string? UserId(string token) =>
        TryReadClaims(token) is { } claims && IntacctJson.Text(claims["userId"]) is { Length: > 0 } user ? user : null;
}
