using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Idempotency;
using IntacctMcp.Intacct.Objects;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Tools.Confirmation;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Results;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Writes;

/// <summary>
/// Sends a validated create (or shows it, for <c>dryRun</c>) with the <c>Idempotency-Key</c> derived from the write, and
/// writes the audit line: caller, company, tool, the key Sage returned, the idempotency key, replayed or not. Never secrets or bodies.
/// </summary>
/// <remarks>
/// The key is a function of company, entity, path and body (or <c>requestId</c>), not of the call: the same create repeated
/// by a restarted process or another replica reaches Sage with the same key, and Sage answers with the first outcome.
/// </remarks>
internal sealed partial class WriteExecutor(RecentWrites recent, WriteConfirmation confirmation, TimeProvider time, ILogger<WriteExecutor> logger)
{
    /// <summary>Creates a record, or previews the request; a real create first passes the confirmation step (<see cref="WriteConfirmation"/>).</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="tool">The tool name, for the audit line.</param>
    /// <param name="objectName">The object, e.g. <c>accounts-payable/bill</c>.</param>
    /// <param name="body">The validated body, defaults resolved.</param>
    /// <param name="requestId">The caller's name for the document, if any (already checked).</param>
    /// <param name="dryRun">Whether to only show the request.</param>
    /// <param name="user">The caller, if authenticated.</param>
    /// <param name="summary">A one-line description of the write, e.g. "Bill for V1001, 1,250.00".</param>
    /// <param name="description">What will be posted in plain words, for the user who confirms it (<see cref="WriteDescriptions"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preview, the confirmation's answer when nothing may be sent, or Sage's reference plus the idempotency key.</returns>
    public async Task<CallToolResult> CreateAsync(ToolCall call, string tool, string objectName, JsonObject body, string? requestId, bool dryRun, ClaimsPrincipal? user, string summary, string description, CancellationToken cancellationToken)
    {
        var path = "/objects/" + objectName;
        var options = call.Request with { RequestId = requestId };
        var idempotencyKey = call.Client.IdempotencyKeyFor(new IntacctRawRequest { Method = HttpMethod.Post, Path = path, Body = body }, options)!;
        if (dryRun)
        {
            var preview = Preview(call, "POST", path, null, body, idempotencyKey);
            return ToolResults.Object($"Dry run, nothing sent. {summary}. This request would be sent:", preview, call.Budget);
        }

        if (confirmation.Check(call, tool, description, idempotencyKey, Preview(call, "POST", path, null, body, idempotencyKey)) is { } notNow)
        {
            return notNow;
        }

        var noun = Noun(objectName);
        IntacctReference reference;
        try
        {
            reference = await call.Client.CreateObjectAsync(objectName, body, options with { IdempotencyKey = idempotencyKey }, cancellationToken);
        }
        catch (IntacctIdempotencyConflictException conflict)
        {
            return ToolErrors.Text(Conflict(call.Company, noun, requestId, conflict));
        }

        var replayed = reference.Replay is not null;
        Audit(call, user, tool, objectName, reference.Key, idempotencyKey, replayed);
        var postedAt = reference.Replay?.CachedAt;
        recent.Remember(idempotencyKey, new RecentWrite(noun, reference.Key, summary, postedAt ?? time.GetUtcNow()));
        var result = new JsonObject { ["object"] = objectName, ["key"] = reference.Key };
        if (reference.Id is not null)
        {
            result["id"] = reference.Id;
        }

        if (reference.Href is not null)
        {
            result["href"] = reference.Href;
        }

        result["idempotencyKey"] = idempotencyKey;
        result["replayed"] = replayed;
        if (postedAt is { } at)
        {
            result["postedAt"] = Timestamp(at);
        }

        var text = replayed
            ? $"{AlreadyPosted(postedAt, reference.Key)} {summary} (company {call.Company})."
            : $"Created in {call.Company}: {summary}; key {reference.Key}.";
        return ToolResults.Object(text, result, call.Budget);
    }

    /// <summary>The first line of a replayed write's answer.</summary>
    /// <param name="postedAt">When Sage cached the first answer, if known.</param>
    /// <param name="key">The record key of the first answer, if any.</param>
    /// <returns>E.g. "Already posted on 2026-12-07 06:01 UTC as key 301 — not posted again."</returns>
    public static string AlreadyPosted(DateTimeOffset? postedAt, string? key)
    {
        var when = postedAt is { } at ? "on " + at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "earlier";
        var asKey = key is null ? string.Empty : " as key " + key;
        return $"Already posted {when}{asKey} — not posted again.";
    }

    /// <summary>The tool error for Sage's 409 on a reused key: what it means, the earlier document when known, and what to do.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="noun">What was being posted, e.g. <c>bill</c>.</param>
    /// <param name="requestId">The request ID, if the call gave one.</param>
    /// <param name="conflict">Sage's refusal.</param>
    /// <returns>The text.</returns>
    /// <remarks>Sage also refuses an identical request that arrives while the first is still running; the text names that case too, since repeating then gets the first answer.</remarks>
    public string Conflict(string company, string noun, string? requestId, IntacctIdempotencyConflictException conflict)
    {
        var idempotencyKey = conflict.IdempotencyKey;
        var sage = conflict.Error.Message is { Length: > 0 } said ? $" Sage: \"{said}\"" : string.Empty;
        var earlier = recent.Find(idempotencyKey) is { } write
            ? $"The earlier document is {write.Noun}{(write.Key is null ? string.Empty : " key " + write.Key)} ({write.Summary}, posted {write.PostedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)."
            : "The earlier document was posted within Sage's 60 days of keeping keys (not by this server process, so it cannot name it).";
        return requestId is not null
            ? $"requestId '{requestId}' was already used for a different {noun} in company {company} (Idempotency-Key {idempotencyKey}); nothing was posted.{sage} {earlier}\n" +
              "Next step: use a new requestId to post a different document, or the same arguments as the first call to get its answer (if that call is still running, in a few seconds)."
            : $"This exact {noun} was already posted in company {company} more than 48 hours ago (Idempotency-Key {idempotencyKey}: Sage keeps keys 60 days but replays answers only 48 hours), or an identical call is still running; nothing was posted again.{sage} {earlier}\n" +
              "Next step: repeat the call in a few seconds if an identical one may still be running; otherwise look the document up with the list tools. To post a second identical document on purpose, give a new requestId.";
    }

    /// <summary>Builds the preview of a request: method, path, query, headers (never Authorization), the canonical body as sent, and the idempotency key.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API base.</param>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body.</param>
    /// <param name="idempotencyKey">The key that would be sent.</param>
    /// <returns>The preview.</returns>
    public static JsonObject Preview(ToolCall call, string method, string path, IReadOnlyDictionary<string, string>? query, JsonNode? body, string? idempotencyKey)
    {
        var headers = new JsonObject { ["Content-Type"] = "application/json" };
        if (idempotencyKey is not null)
        {
            headers["Idempotency-Key"] = idempotencyKey;
        }

        if (call.Request.Entity is { } entity)
        {
            headers["X-IA-API-Param-Entity"] = entity;
        }

        var preview = new JsonObject
        {
            ["dryRun"] = true,
            ["method"] = method,
            ["path"] = path,
            ["url"] = call.Client.Company.BaseUrl.ToString().TrimEnd('/') + path,
        };
        if (query is { Count: > 0 })
        {
            preview["query"] = new JsonObject([.. query.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))]);
        }

        preview["headers"] = headers;

        // A keyed write is sent in canonical form (sorted properties, normalised numbers): show exactly that.
        preview["body"] = idempotencyKey is not null ? IntacctCanonicalJson.Normalize(body) : body?.DeepClone();
        if (idempotencyKey is not null)
        {
            preview["idempotencyKey"] = idempotencyKey;
        }

        return preview;
    }

    /// <summary>Logs a raw write that was sent.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="user">The caller.</param>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="key">The key returned, if any.</param>
    /// <param name="idempotencyKey">The idempotency key sent.</param>
    /// <param name="replayed">Whether Sage answered with the cached first outcome.</param>
    /// <param name="summary">The one-line summary to remember, if the write created or changed something.</param>
    public void AuditRaw(ToolCall call, ClaimsPrincipal? user, string method, string path, string? key, string? idempotencyKey, bool replayed, string summary)
    {
        Audit(call, user, "call_sage_endpoint", $"{method} {path}", key, idempotencyKey ?? "-", replayed);
        if (idempotencyKey is not null)
        {
            recent.Remember(idempotencyKey, new RecentWrite($"{method} {path}", key, summary, time.GetUtcNow()));
        }
    }

    /// <summary>Formats a time as the results carry it, e.g. <c>2026-12-07T06:00:00Z</c>.</summary>
    /// <param name="at">The time.</param>
    /// <returns>The text.</returns>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Noun(string objectName) => objectName[(objectName.LastIndexOf('/') + 1)..].Replace('-', ' ');

    // The write itself is unchanged by a flag (it already passed every check a write needs); the audit says that
    // text flagged as suspicious was shown earlier in the same session for this company, and which.
    private void Audit(ToolCall call, ClaimsPrincipal? user, string tool, string target, string? key, string idempotencyKey, bool replayed)
    {
        var caller = Caller(user);
        LogWrite(logger, caller, call.Company, tool, target, key, idempotencyKey, replayed);
        if (FreeTextScope.FlagsFor(call.Company) is { } flags)
        {
            LogWriteAfterFlags(logger, caller, call.Company, tool, idempotencyKey, flags);
        }
    }

    private static string Caller(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirst("sub")?.Value ?? "authenticated caller" : "local";

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Audit: {Caller} wrote to company {Company} with {Tool} ({Target}); Sage key {Key}; Idempotency-Key {IdempotencyKey}; replayed {Replayed}")]
    private static partial void LogWrite(ILogger logger, string caller, string company, string tool, string target, string? key, string idempotencyKey, bool replayed);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Audit: {Caller}'s write to company {Company} with {Tool} (Idempotency-Key {IdempotencyKey}) came after suspicious text was flagged in this session: {SuspiciousText}")]
    private static partial void LogWriteAfterFlags(ILogger logger, string caller, string company, string tool, string idempotencyKey, string suspiciousText);
}
