using System.Collections.Frozen;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>The OAuth parameters of an authorization request, as the query (GET) or the consent form (POST) carries them.</summary>
internal sealed record AuthorizeRequest(
    string? ResponseType, string? ClientId, string? RedirectUri, string? State, string? Scope, string? CodeChallenge, string? CodeChallengeMethod)
{
    /// <summary>The scopes of Sage's OpenID configuration (reference §1.6).</summary>
    private static readonly FrozenSet<string> KnownScopes =
        new[] { "openid", "offline_access", "sage/ai-agents", "token-exchange" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the parameter names and values, to carry them through the consent form.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        new("response_type", ResponseType), new("client_id", ClientId), new("redirect_uri", RedirectUri), new("state", State),
        new("scope", Scope), new("code_challenge", CodeChallenge), new("code_challenge_method", CodeChallengeMethod),
    ];

    public static AuthorizeRequest From(Func<string, string?> get) => new(
        get("response_type"), get("client_id"), get("redirect_uri"), get("state"), get("scope"), get("code_challenge"), get("code_challenge_method"));

    /// <summary>Why the request cannot even be sent back to the client (an error page, never a redirect), or null.</summary>
    public string? Unredirectable(SandboxState state)
    {
        if (string.IsNullOrEmpty(ClientId) || !state.IsKnownClient(ClientId))
        {
            return "Unknown client_id: register the application and use its client ID.";
        }

        if (string.IsNullOrEmpty(RedirectUri))
        {
            return "The redirect_uri parameter is missing.";
        }

        return IsAllowedRedirect(RedirectUri)
            ? null
            : "The redirect_uri is not allowed: use https://..., or http(s)://127.0.0.1:PORT/... or http(s)://localhost:PORT/... for a loopback client.";
    }

    /// <summary>What is wrong with the request that the client should hear about by redirect (error code, description), or null.</summary>
    public (string Error, string Description)? Invalid(SandboxState state)
    {
        if (!string.Equals(ResponseType, "code", StringComparison.Ordinal))
        {
            return ("invalid_request", "response_type must be 'code'.");
        }

        if (CodeChallengeMethod is not null && !string.Equals(CodeChallengeMethod, "S256", StringComparison.Ordinal))
        {
            return ("invalid_request", "code_challenge_method must be 'S256'.");
        }

        if (!string.IsNullOrEmpty(CodeChallenge) && CodeChallengeMethod is null)
        {
            return ("invalid_request", "code_challenge_method is missing; only 'S256' is supported.");
        }

        if (string.IsNullOrEmpty(CodeChallenge) && (CodeChallengeMethod is not null || state.PublicClients.Contains(ClientId!)))
        {
            return ("invalid_request", "code_challenge is missing; a public client must use PKCE (S256).");
        }

        var unknown = (Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !KnownScopes.Contains(s));
        return unknown is null ? null : ("invalid_scope", $"Unknown scope '{unknown}'.");
    }

    /// <summary>The redirect back to the client with the given parameters, and <c>state</c> echoed exactly when it was sent.</summary>
    public string RedirectWith(params (string Name, string Value)[] parameters)
    {
        var all = State is null ? parameters : [.. parameters, ("state", State)];
        var query = string.Join('&', all.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        return RedirectUri + (RedirectUri!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    private static bool IsAllowedRedirect(string redirectUri)
    {
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttp &&
            (uri.Host == "127.0.0.1" || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
    }
}
