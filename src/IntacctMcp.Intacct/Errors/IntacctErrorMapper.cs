using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IntacctMcp.Intacct.Errors;

/// <summary>
/// The one place that turns Sage's answers and transport failures into <see cref="IntacctException"/>s.
/// Sage's error envelope comes in three shapes (<c>ia::error</c> inside <c>ia::result</c>, at the top level,
/// and <c>{"error":…}</c>, plus the OAuth <c>error</c>/<c>error_description</c> pair); all are parsed here.
/// </summary>
internal static class IntacctErrorMapper
{
    private static readonly IReadOnlyList<IntacctErrorDetail> NoDetails = [];

    /// <summary>Parses Sage's error envelope from a response body.</summary>
    /// <param name="body">The body text (may be empty or not JSON).</param>
    /// <returns>The error; empty fields when the body carried none.</returns>
    public static IntacctApiError Parse(string? body)
    {
        var node = TryParseJson(body);
        return node is JsonObject root ? Parse(root) : new IntacctApiError(null, null, null, null, NoDetails);
    }

    /// <summary>Parses Sage's error envelope from a parsed body, or from one item of a batch result.</summary>
    /// <param name="root">The JSON object.</param>
    /// <returns>The error.</returns>
    public static IntacctApiError Parse(JsonObject root)
    {
        if (root["ia::result"] is JsonObject result && result["ia::error"] is JsonObject nested)
        {
            return FromErrorObject(nested);
        }

        if (root["ia::result"] is JsonArray items)
        {
            // A failed batch: the error that caused it, not the items merely left unprocessed.
            var errors = items.OfType<JsonObject>().Where(i => i["ia::error"] is JsonObject).Select(i => (JsonObject)i["ia::error"]!).ToList();
            var cause = errors.FirstOrDefault(e => Text(e, "code") is not "unprocessed") ?? errors.FirstOrDefault();
            if (cause is not null)
            {
                return FromErrorObject(cause);
            }
        }

        if (root["ia::error"] is JsonObject topLevel)
        {
            return FromErrorObject(topLevel);
        }

        if (root["error"] is JsonObject gateway)
        {
            return FromErrorObject(gateway);
        }

        if (root["error"] is JsonValue oauthCode)
        {
            // RFC 6749 shape: {"error":"invalid_client","error_description":"…"}.
            return new IntacctApiError(oauthCode.ToString(), Text(root, "error_description"), Text(root, "errorId"), Text(root, "supportId"), NoDetails);
        }

        return FromErrorObject(root);
    }

    /// <summary>Whether a body says the access token is invalid or expired (Sage sometimes answers that with 400).</summary>
    /// <param name="body">The body text.</param>
    /// <returns><see langword="true"/> for <c>REST-1206</c>, <c>tokenInvalid</c> or <c>GW-0040</c>.</returns>
    public static bool SaysTokenInvalid(string? body) =>
        body is not null
        && (body.Contains("REST-1206", StringComparison.OrdinalIgnoreCase)
            || body.Contains("tokenInvalid", StringComparison.OrdinalIgnoreCase)
            || body.Contains("GW-0040", StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds the exception for an API answer that is not a success.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body text.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path relative to the API base (no query).</param>
    /// <param name="retryAfter">The largest retry header, if any.</param>
    /// <param name="waited">How long the call already waited.</param>
    /// <param name="idempotencyKey">The write's idempotency key, if it carried one.</param>
    /// <returns>The exception to throw.</returns>
    public static IntacctApiException FromResponse(HttpStatusCode status, string? body, string method, string path, TimeSpan? retryAfter, TimeSpan waited, string? idempotencyKey = null)
    {
        var error = Parse(body);
        var code = (int)status;
        var message = Describe($"Sage Intacct answered {code} {Reason(status)} to {method} {path}", error);
        return code switch
        {
            401 => new IntacctAuthenticationException(message, status, error) { Hint = IntacctHints.TokenRejected },
            400 when SaysTokenInvalid(body) => new IntacctAuthenticationException(message, status, error) { Hint = IntacctHints.TokenRejected },
            403 => new IntacctPermissionException(message, status, error) { Hint = IntacctHints.Permission },
            404 => new IntacctNotFoundException(message, status, error),
            409 when idempotencyKey is not null && MentionsIdempotency(error) => new IntacctIdempotencyConflictException(message, status, error, idempotencyKey)
            {
                Hint = "The Idempotency-Key was already used for another body, or more than 48 hours ago; nothing was written.",
            },
            409 => new IntacctConflictException(message, status, error) { Hint = "An idempotency key was reused with a different body, or a record with the same unique ID exists." },
            400 or 422 => new IntacctValidationException(message, status, error),
            429 => new IntacctRateLimitException(message, status, error, retryAfter, waited) { Hint = IntacctHints.RateLimit },
            503 when retryAfter is not null => new IntacctRateLimitException(message, status, error, retryAfter, waited) { Hint = IntacctHints.RateLimit },
            >= 500 => new IntacctServerException(message, status, error) { Hint = "Sage kept failing after the retries the policy allows; try again later and quote the supportId to Sage support if it persists." },
            _ => new IntacctApiException(message, status, error),
        };
    }

    /// <summary>Builds the exception for a failed token request.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body text.</param>
    /// <returns>An authentication error carrying Sage's message verbatim and the fix.</returns>
    public static IntacctAuthenticationException FromTokenResponse(string company, HttpStatusCode status, string? body)
    {
        var error = Parse(body);
        var message = Describe($"Sage Intacct refused the token request for company '{company}' ({(int)status} {Reason(status)})", error);
        return new IntacctAuthenticationException(message, status, error) { Hint = IntacctHints.ForTokenFailure(error) };
    }

    /// <summary>Builds the exception for a call that got no usable answer (network error, timeout, open circuit).</summary>
    /// <param name="exception">The transport failure.</param>
    /// <param name="company">The configured company name.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path relative to the API base (no query).</param>
    /// <param name="idempotencyKey">The write's idempotency key, if the call was a write that carried one.</param>
    /// <returns>The exception to throw.</returns>
    public static IntacctException FromTransportFailure(Exception exception, string company, string method, string path, string? idempotencyKey)
    {
        var what = exception switch
        {
            BrokenCircuitException => $"Sage Intacct is failing for company '{company}', so calls are paused for a while (circuit open)",
            TimeoutRejectedException or TaskCanceledException => $"{method} {path} timed out",
            _ => $"{method} {path} could not reach Sage Intacct ({exception.GetType().Name}: {exception.Message})",
        };

        if (idempotencyKey is not null && exception is not BrokenCircuitException)
        {
            return new IntacctWriteOutcomeUnknownException(
                $"{what}; the write may or may not have been applied. Repeating the same call within 48 hours is safe: it carries the same Idempotency-Key {idempotencyKey}, so Sage answers with the first outcome instead of writing twice.",
                idempotencyKey,
                exception);
        }

        return new IntacctUnavailableException($"{what}.", exception)
        {
            Hint = "Check the network and Sage's status page, then try again.",
        };
    }

    /// <summary>Formats Sage's message verbatim with its error and support IDs and field targets.</summary>
    /// <param name="context">What was attempted.</param>
    /// <param name="error">Sage's error.</param>
    /// <returns>The message.</returns>
    public static string Describe(string context, IntacctApiError error)
    {
        var text = new StringBuilder(context);
        if (!string.IsNullOrWhiteSpace(error.Message))
        {
            text.Append(": ").Append(error.Message);
        }
        else if (!string.IsNullOrWhiteSpace(error.Code))
        {
            text.Append(": ").Append(error.Code);
        }

        foreach (var detail in error.Details.Where(d => d.Message is not null).Take(10))
        {
            text.Append("; ");
            if (detail.Target is not null)
            {
                text.Append(detail.Target).Append(": ");
            }

            text.Append(detail.Message);
        }

        var ids = new List<string>(3);
        if (error.ErrorId is not null)
        {
            ids.Add($"errorId {error.ErrorId}");
        }
        else if (error.Code is not null && !string.IsNullOrWhiteSpace(error.Message))
        {
            ids.Add($"code {error.Code}");
        }

        if (error.SupportId is not null)
        {
            ids.Add($"supportId {error.SupportId}");
        }

        if (ids.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", ids).Append(')');
        }

        return text.ToString();
    }

    // Sage's 409 covers two causes: a reused idempotency key and a unique-key clash; only the first names the key.
    private static bool MentionsIdempotency(IntacctApiError error) =>
        new[] { error.Code, error.Message }.Concat(error.Details.SelectMany(d => new[] { d.Code, d.Message, d.Target }))
            .Any(t => t is not null && t.Contains("idempotenc", StringComparison.OrdinalIgnoreCase));

    private static IntacctApiError FromErrorObject(JsonObject error)
    {
        var details = error["details"] is JsonArray items
            ? items.OfType<JsonObject>()
                .Select(d => new IntacctErrorDetail(Text(d, "code"), Text(d, "message"), Text(d, "errorId"), Text(d, "target")))
                .ToList()
            : NoDetails;
        return new IntacctApiError(Text(error, "code"), Text(error, "message") ?? Text(error, "error_description"), Text(error, "errorId"), Text(error, "supportId"), details);
    }

    private static string? Text(JsonObject o, string name) => o[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => null,
    };

    private static JsonNode? TryParseJson(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Reason(HttpStatusCode status) => status switch
    {
        (HttpStatusCode)207 => "Multi-Status",
        (HttpStatusCode)422 => "Unprocessable Entity",
        (HttpStatusCode)429 => "Too Many Requests",
        _ => Enum.IsDefined(status) ? SplitWords(status.ToString()) : ((int)status).ToString(CultureInfo.InvariantCulture),
    };

    private static string SplitWords(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
