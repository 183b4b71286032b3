using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Confirmation;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Policy;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Raw;

/// <summary>The raw tool: any Sage REST path with any method.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Raw)]
internal sealed class RawTools(ToolRunner runner, WriteExecutor audit, WriteConfirmation confirmation)
{
    private static readonly string[] Methods = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    [McpServerTool(Name = "call_sage_endpoint", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(RawOutput))]
    [IntacctWriteTool(DependsOnMethod = true)]
    [Description("Calls any Sage REST path, e.g. GET /objects/cash-management/checking-account. Paths take record keys, not IDs. Any method but GET (or POST to query/model) is a write.")]
    public Task<CallToolResult> CallSageEndpoint(
        [Description("GET, POST, PATCH, PUT or DELETE.")] string method,
        [Description("Under the API base: /objects/... or /services/...")] string path,
        [Description("Query string as name-value object.")] JsonElement? query = null,
        [Description("JSON body.")] JsonElement? body = null,
        [Description(Describe.DryRun)] bool dryRun = false,
        [Description(RequestIds.Description)] string? requestId = null,
        string? company = null,
        string? entity = null,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, async call =>
        {
            var verb = ArgumentParser.Required(method, "method", "GET").ToUpperInvariant();
            if (!Methods.Contains(verb))
            {
                throw new ToolArgumentException("method", $"'{method}' is not supported; use {string.Join(", ", Methods)}.");
            }

            var relative = ArgumentParser.Required(path, "path", "/objects/accounts-payable/vendor");
            if (relative.Contains("://", StringComparison.Ordinal) || relative.StartsWith("//", StringComparison.Ordinal))
            {
                throw new ToolArgumentException("path", "give a path relative to the API base, e.g. /objects/accounts-payable/vendor, not a URL.");
            }

            relative = "/" + relative.TrimStart('/');
            var parameters = Query(query);
            var payload = body is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } b ? JsonNode.Parse(b.GetRawText()) : null;
            var isWrite = RawRequestClassifier.IsWrite(verb, relative);
            var id = RequestIds.Parse(requestId);
            var request = new IntacctRawRequest { Method = new HttpMethod(verb), Path = relative, Query = parameters, Body = payload };
            var options = call.Request with { RequestId = id };

            // The client derives the key of a POST or PATCH from the write itself; the preview shows the same one.
            var idempotencyKey = isWrite ? call.Client.IdempotencyKeyFor(request, options) : null;
            if (dryRun)
            {
                var preview = WriteExecutor.Preview(call, verb, relative, parameters, payload, idempotencyKey);
                return ToolResults.Object("Dry run, nothing sent. This request would be sent:", preview, call.Budget);
            }

            if (isWrite && confirmation.Check(call, "call_sage_endpoint", WriteDescriptions.Raw(call.Company, call.Request.Entity, verb, relative, parameters, payload), idempotencyKey, WriteExecutor.Preview(call, verb, relative, parameters, payload, idempotencyKey)) is { } notNow)
            {
                return notNow;
            }

            IntacctRawResponse response;
            try
            {
                response = await call.Client.SendAsync(request, idempotencyKey is null ? options : options with { IdempotencyKey = idempotencyKey }, cancellationToken);
            }
            catch (IntacctIdempotencyConflictException conflict)
            {
                return ToolErrors.Text(audit.Conflict(call.Company, $"request ({verb} {relative})", id, conflict));
            }

            var key = response.Body?["ia::result"] is JsonObject result ? (string?)result["key"] : null;
            if (isWrite)
            {
                audit.AuditRaw(call, user, verb, relative, key, response.IdempotencyKey, response.Replay is not null, string.Create(CultureInfo.InvariantCulture, $"{verb} {relative}, HTTP {response.StatusCode}"));
            }

            var data = response.Body is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject { ["body"] = response.Body?.DeepClone() };
            data["status"] = response.StatusCode;
            if (response.IdempotencyKey is not null && isWrite)
            {
                data["idempotencyKey"] = response.IdempotencyKey;
                data["replayed"] = response.Replay is not null;
                if (response.Replay?.CachedAt is { } at)
                {
                    data["postedAt"] = WriteExecutor.Timestamp(at);
                }
            }

            var head = string.Create(CultureInfo.InvariantCulture, $"{verb} {relative}: HTTP {response.StatusCode}");
            return ToolResults.Object(response.Replay is { } replay ? $"{WriteExecutor.AlreadyPosted(replay.CachedAt, key)} {head} (Sage's first answer)" : head, data, call.Budget);
        });

    private static Dictionary<string, string>? Query(JsonElement? query)
    {
        if (query is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ToolArgumentException("query", "use an object of name to value, e.g. {\"name\": \"accounts-payable/bill\"}.");
        }

        return element.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(),
            StringComparer.Ordinal);
    }
}
