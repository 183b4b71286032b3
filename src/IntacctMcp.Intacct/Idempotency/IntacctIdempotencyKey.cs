using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Idempotency;

/// <summary>
/// Derives the <c>Idempotency-Key</c> of a write from what the write is, so that the same write repeated — by this
/// process, a restarted one or another replica — reaches Sage with the same key and is answered with its first outcome.
/// </summary>
/// <remarks>
/// <para>
/// The key is <c>imcp1-</c> and the lowercase hex SHA-256 of the length-prefixed fields: the Sage company ID (upper
/// case: Sage's login treats it so; the configured name only when no company ID is known), the entity (empty for top
/// level), the method, the path, and then either the canonical body (<see cref="IntacctCanonicalJson"/>) or, when
/// given, the request ID. A request ID names the document: the same request ID with another body is the same key with
/// another body, which Sage refuses with 409 instead of posting a second document.
/// </para>
/// <para>
/// The caller's identity is deliberately not a field: the books are shared, and the same bill entered by two people
/// is one liability, not two. A second identical document is posted on purpose with a new request ID.
/// </para>
/// </remarks>
public static class IntacctIdempotencyKey
{
    /// <summary>The prefix of every derived key; the digit is the derivation's version.</summary>
    public const string Prefix = "imcp1-";

    /// <summary>The longest request ID accepted.</summary>
    public const int MaxRequestIdLength = 64;

    /// <summary>Whether a call gets a derived key: POST and PATCH to objects (Sage honours the key on POST and PATCH; the
    /// services and workflows carry a key only when the caller gives one, as the query and model services refuse it).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API base.</param>
    /// <returns><see langword="true"/> when the call gets a key.</returns>
    public static bool AppliesTo(string method, string path) =>
        (string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "PATCH", StringComparison.OrdinalIgnoreCase))
        && path.StartsWith("/objects/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks a request ID: 1 to <see cref="MaxRequestIdLength"/> characters, no control characters.</summary>
    /// <param name="requestId">The request ID.</param>
    /// <returns>The problem, or <see langword="null"/> when it is valid.</returns>
    public static string? Problem(string requestId) =>
        requestId.Length == 0 ? "it is empty"
        : requestId.Length > MaxRequestIdLength ? $"it has {requestId.Length} characters; at most {MaxRequestIdLength} are allowed"
        : requestId.Any(char.IsControl) ? "it contains control characters"
        : null;

    /// <summary>Derives the key of a write.</summary>
    /// <param name="company">The Sage company ID (or the configured name when none is known).</param>
    /// <param name="entity">The entity the write is scoped to; <see langword="null"/> or empty for top level.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API base.</param>
    /// <param name="body">The body as sent (defaults already resolved).</param>
    /// <param name="requestId">The caller's request ID, which replaces the body in the key.</param>
    /// <returns>The key: <c>imcp1-</c> and 64 hex digits.</returns>
    public static string Derive(string company, string? entity, string method, string path, JsonNode? body, string? requestId)
    {
        var text = new StringBuilder();
        Field(text, company.ToUpperInvariant());
        Field(text, entity ?? string.Empty);
        Field(text, method.ToUpperInvariant());
        Field(text, path);
        if (requestId is not null)
        {
            Field(text, "requestId");
            Field(text, requestId);
        }
        else
        {
            Field(text, "body");
            Field(text, IntacctCanonicalJson.Write(body));
        }

        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Length-prefixed, so no field's content can shift another field's boundary.
    private static void Field(StringBuilder text, string value) =>
        text.Append(value.Length).Append(':').Append(value).Append('\n');
}
