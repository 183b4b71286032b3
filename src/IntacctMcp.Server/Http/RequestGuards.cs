using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IntacctMcp.Server.Http;

/// <summary>The header checks of the MCP endpoint: Origin, Accept and Content-Type.</summary>
internal static class RequestGuards
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue EventStream = new("text/event-stream");

    /// <summary>Gets whether the request's <c>Origin</c> is absent or allowed (DNS-rebinding protection).</summary>
    public static bool IsOriginAllowed(HttpRequest request, IReadOnlyList<string> allowedOrigins)
    {
        var origin = request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin) || allowedOrigins.Any(allowed => OriginMatches(origin, allowed));
    }

    /// <summary>Gets whether the request accepts both JSON and an event stream (POST).</summary>
    public static bool AcceptsJsonAndEventStream(HttpRequest request) =>
        Accepts(request, Json) && Accepts(request, EventStream);

    /// <summary>Gets whether the request accepts an event stream (GET).</summary>
    public static bool AcceptsEventStream(HttpRequest request) => Accepts(request, EventStream);

    /// <summary>Gets whether the body is declared as JSON.</summary>
    public static bool HasJsonContentType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) && contentType.IsSubsetOf(Json);

    internal static bool OriginMatches(string origin, string allowed)
    {
        if (allowed == "*" || string.Equals(origin, allowed, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!allowed.EndsWith(":*", StringComparison.Ordinal) || !Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
        {
            return false;
        }

        // "scheme://host:*": same scheme and host, any port (or none).
        var prefix = allowed[..^2];
        return Uri.TryCreate(prefix, UriKind.Absolute, out var allowedUri)
            && string.Equals(originUri.Scheme, allowedUri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(originUri.IdnHost, allowedUri.IdnHost, StringComparison.OrdinalIgnoreCase)
            && originUri.AbsolutePath == "/";
    }

    private static bool Accepts(HttpRequest request, MediaTypeHeaderValue mediaType)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(value => value.Quality is not 0 && mediaType.IsSubsetOf(value));
    }
}
