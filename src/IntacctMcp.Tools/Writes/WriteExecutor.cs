using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Results;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Writes;

/// <summary>
/// Sends a validated create (or shows it, for <c>dryRun</c>) with a fresh <c>Idempotency-Key</c>, and writes the
/// audit line: caller, company, tool, the key Sage returned. Never secrets or bodies.
/// </summary>
internal sealed partial class WriteExecutor(ILogger<WriteExecutor> logger)
{
    /// <summary>Creates a record, or previews the request.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="tool">The tool name, for the audit line.</param>
    /// <param name="objectName">The object, e.g. <c>accounts-payable/bill</c>.</param>
    /// <param name="body">The validated body.</param>
    /// <param name="dryRun">Whether to only show the request.</param>
    /// <param name="user">The caller, if authenticated.</param>
    /// <param name="summary">A one-line description of the write, e.g. "Bill for V1001, 1,250.00".</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preview or Sage's reference plus the idempotency key.</returns>
    public async Task<CallToolResult> CreateAsync(ToolCall call, string tool, string objectName, JsonObject body, bool dryRun, ClaimsPrincipal? user, string summary, CancellationToken cancellationToken)
    {
        var idempotencyKey = Guid.NewGuid().ToString("N");
        if (dryRun)
        {
            var preview = Preview(call, "POST", "/objects/" + objectName, null, body, idempotencyKey);
            return ToolResults.Object($"Dry run, nothing sent. {summary}. This request would be sent:", preview, call.Budget);
        }

        var reference = await call.Client.CreateObjectAsync(objectName, body, call.Request with { IdempotencyKey = idempotencyKey }, cancellationToken);
        Audit(call, user, tool, objectName, reference.Key, idempotencyKey);
        var result = new JsonObject
        {
            ["object"] = objectName,
            ["key"] = reference.Key,
            ["id"] = reference.Id,
            ["href"] = reference.Href,
            ["idempotencyKey"] = idempotencyKey,
        };
        return ToolResults.Object($"Created in {call.Company}: {summary}; key {reference.Key}.", result, call.Budget);
    }

    /// <summary>Builds the preview of a request: method, path, query, headers (never Authorization) and body.</summary>
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
        preview["body"] = body?.DeepClone();
        return preview;
    }

    /// <summary>Logs a raw write that was sent.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="user">The caller.</param>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <param name="key">The key returned, if any.</param>
    /// <param name="idempotencyKey">The idempotency key sent.</param>
    public void AuditRaw(ToolCall call, ClaimsPrincipal? user, string method, string path, string? key, string idempotencyKey) =>
        Audit(call, user, "call_sage_endpoint", $"{method} {path}", key, idempotencyKey);

    // The write itself is unchanged by a flag (it already passed every check a write needs); the audit says that
    // text flagged as suspicious was shown earlier in the same session for this company, and which.
    private void Audit(ToolCall call, ClaimsPrincipal? user, string tool, string target, string? key, string idempotencyKey)
    {
        var caller = Caller(user);
        LogWrite(logger, caller, call.Company, tool, target, key, idempotencyKey);
        if (FreeTextScope.FlagsFor(call.Company) is { } flags)
        {
            LogWriteAfterFlags(logger, caller, call.Company, tool, idempotencyKey, flags);
        }
    }

    private static string Caller(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirst("sub")?.Value ?? "authenticated caller" : "local";

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Audit: {Caller} wrote to company {Company} with {Tool} ({Target}); Sage key {Key}; Idempotency-Key {IdempotencyKey}")]
    private static partial void LogWrite(ILogger logger, string caller, string company, string tool, string target, string? key, string idempotencyKey);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Audit: {Caller}'s write to company {Company} with {Tool} (Idempotency-Key {IdempotencyKey}) came after suspicious text was flagged in this session: {SuspiciousText}")]
    private static partial void LogWriteAfterFlags(ILogger logger, string caller, string company, string tool, string idempotencyKey, string suspiciousText);
}
