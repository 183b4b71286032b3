using Microsoft.AspNetCore.Http;

namespace IntacctMcp.Server.Auth;

/// <summary>Reads the bearer token of a request.</summary>
internal static class BearerToken
{
    /// <summary>Returns the token of <c>Authorization: Bearer …</c>, or <see langword="null"/>.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }
}
