using System.Text.RegularExpressions;
using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Raw;

/// <summary>
/// Checks a raw request before anything is sent: it must stay a relative path under the company's API base.
/// Refuses absolute URLs (any scheme, <c>//host</c>), backslashes, <c>.</c>/<c>..</c> segments, percent-encoded
/// traversal (<c>%2e</c>, <c>%2f</c>, <c>%5c</c>, double-encoded <c>%25</c>), control characters, the OAuth
/// endpoints, and methods other than GET, POST, PATCH, PUT and DELETE.
/// </summary>
internal static partial class IntacctRawPathValidator
{
    private static readonly HashSet<string> AllowedMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "POST", "PATCH", "PUT", "DELETE" };

    /// <summary>Validates a raw request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="baseUri">The company's API base, with a trailing slash.</param>
    /// <returns>The path relative to the API base, starting with <c>/</c>.</returns>
    /// <exception cref="IntacctRequestRefusedException">The request is refused; the message says why and what to send instead.</exception>
    public static string Validate(IntacctRawRequest request, Uri baseUri)
    {
        if (request.Method is null || !AllowedMethods.Contains(request.Method.Method))
        {
            throw Refuse($"the method {request.Method?.Method ?? "(none)"} is not allowed. Use GET, POST, PATCH, PUT or DELETE");
        }

        var path = request.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Refuse("the path is empty. Give a path relative to the API base, e.g. /objects/accounts-payable/vendor");
        }

        if (path.Any(char.IsControl))
        {
            throw Refuse("the path contains control characters (CR, LF, tab or similar)");
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || SchemePattern().IsMatch(path) || path.Contains("://", StringComparison.Ordinal))
        {
            throw Refuse("absolute URLs and other hosts are not allowed. Give a path relative to the API base, e.g. /objects/accounts-payable/vendor");
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            throw Refuse("backslashes are not allowed in the path");
        }

        if (path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            throw Refuse("the path contains '?' or '#'. Put query parameters in Query (they are encoded by the client)");
        }

        if (EncodedTraversalPattern().IsMatch(path))
        {
            throw Refuse("percent-encoded dots, slashes, backslashes, percent signs or control characters are not allowed in the path");
        }

        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        // Accept a path that repeats the API base's own path (/ia/api/v1/objects/…) by dropping that prefix.
        var basePath = baseUri.AbsolutePath.TrimEnd('/');
        if (basePath.Length > 0 && path.StartsWith(basePath + "/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[basePath.Length..];
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            throw Refuse("'.' and '..' segments are not allowed in the path");
        }

        if (segments.Length > 1 && segments[1].Equals("oauth2", StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse("the OAuth endpoints are not reachable through a raw request; the client manages tokens itself");
        }

        foreach (var (name, value) in request.Query ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrEmpty(name) || name.Any(char.IsControl) || (value?.Any(char.IsControl) ?? false))
            {
                throw Refuse("a query parameter name is empty, or a name or value contains control characters (CR, LF or similar)");
            }
        }

        // Defence in depth: whatever the checks above missed, the final URL must stay under the API base.
        var target = new Uri(baseUri, path.TrimStart('/'));
        if (!string.Equals(target.GetLeftPart(UriPartial.Authority), baseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            || !target.AbsolutePath.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal))
        {
            throw Refuse("the path leaves the API base");
        }

        return path;
    }

    private static IntacctRequestRefusedException Refuse(string reason) =>
        new($"The raw Sage Intacct request was refused: {reason}. Nothing was sent.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    [GeneratedRegex("%(2e|2f|5c|25|[01][0-9a-f]|7f)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EncodedTraversalPattern();
}
