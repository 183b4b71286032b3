using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Configuration;

namespace IntacctMcp.Intacct.Auth;

/// <summary>What Sage's token endpoint answers (reference §1.6), read the same way for every grant.</summary>
/// <param name="AccessToken">The bearer token. Secret.</param>
/// <param name="Lifetime">How long it lives: Sage's <c>expires_in</c> (a number or a numeric string), else one hour.</param>
/// <param name="RefreshToken">The refresh token (authorization code with <c>offline_access</c>, and each rotation), if any. Secret.</param>
internal sealed record IntacctTokenResponse(string AccessToken, TimeSpan Lifetime, string? RefreshToken)
{
    private static readonly TimeSpan LifetimeWhenUnstated = TimeSpan.FromHours(1);

    /// <summary>Reads a token endpoint's success body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The answer, or <see langword="null"/> when it carries no access token.</returns>
    public static IntacctTokenResponse? Parse(string body)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (Text(root?["access_token"]) is not { } accessToken)
        {
            return null;
        }

        var lifetime = root!["expires_in"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var seconds) && seconds > 0 => TimeSpan.FromSeconds(seconds),
            JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 => TimeSpan.FromSeconds(seconds),
            _ => LifetimeWhenUnstated,
        };
        return new IntacctTokenResponse(accessToken, lifetime, Text(root["refresh_token"]));
    }

    /// <summary>Adds the client's identity to a token request's form: <c>client_id</c>, and <c>client_secret</c> only when the company has one.</summary>
    /// <param name="fields">The form fields.</param>
    /// <param name="options">The company.</param>
    /// <returns>The same fields.</returns>
    /// <remarks>A public client (authorization code with PKCE) has no secret; an empty one would be refused as <c>invalid_client</c>.</remarks>
    public static Dictionary<string, string> WithClient(Dictionary<string, string> fields, IntacctCompanyOptions options)
    {
        fields["client_id"] = options.ClientId;
        if (options.ClientSecret.Length > 0)
        {
            fields["client_secret"] = options.ClientSecret;
        }

        return fields;
    }

    /// <inheritdoc/>
    public override string ToString() => $"IntacctTokenResponse {{ Lifetime = {Lifetime} }}";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;
}
