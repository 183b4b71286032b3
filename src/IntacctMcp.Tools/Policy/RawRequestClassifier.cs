namespace IntacctMcp.Tools.Policy;

/// <summary>Decides whether a raw Sage request changes anything.</summary>
internal static class RawRequestClassifier
{
    // The query and model services take POST (query) or GET (model) but only read.
    private static readonly string[] ReadOnlyPostPaths = ["/services/core/query", "/services/core/model"];

    /// <summary>Gets whether a request is a write: any method but GET, except a POST to the query or model service.</summary>
    /// <param name="method">The HTTP method as given (case-insensitive); <see langword="null"/> means GET.</param>
    /// <param name="path">The path relative to the API base.</param>
    /// <returns><see langword="true"/> when the request may change the books.</returns>
    public static bool IsWrite(string? method, string? path)
    {
        var verb = string.IsNullOrWhiteSpace(method) ? "GET" : method.Trim().ToUpperInvariant();
        if (verb is "GET")
        {
            return false;
        }

        if (verb is not "POST")
        {
            return true;
        }

        var normalized = NormalizePath(path);
        return !ReadOnlyPostPaths.Any(p => string.Equals(normalized, p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Normalizes a relative path: trimmed, one leading slash, no query string, no trailing slash.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The normalized path.</returns>
    public static string NormalizePath(string? path)
    {
        var p = (path ?? string.Empty).Trim();
        var q = p.IndexOfAny(['?', '#']);
        if (q >= 0)
        {
            p = p[..q];
        }

        return "/" + p.Trim('/');
    }
}
