using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Policy;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Toolsets;

/// <summary>The raw tool: any Sage REST path with any method.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Raw)]
internal sealed class RawTools(ToolRunner runner, WriteExecutor audit)
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
        [Description(Describe.Company)] string? company = null,
        [Description(Describe.Entity)] string? entity = null,
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
            var idempotencyKey = isWrite && verb is "POST" or "PATCH" ? Guid.NewGuid().ToString("N") : null;
            if (dryRun)
            {
                var preview = WriteExecutor.Preview(call, verb, relative, parameters, payload, idempotencyKey);
                return ToolResults.Object("Dry run, nothing sent. This request would be sent:", preview, call.Budget);
            }

            var request = new IntacctRawRequest { Method = new HttpMethod(verb), Path = relative, Query = parameters, Body = payload };
            var response = await call.Client.SendAsync(request, call.Request with { IdempotencyKey = idempotencyKey }, cancellationToken);
            if (isWrite)
            {
                var key = response.Body?["ia::result"] is JsonObject result ? (string?)result["key"] : null;
                audit.AuditRaw(call, user, verb, relative, key, idempotencyKey ?? "-");
            }

            var data = response.Body is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject { ["body"] = response.Body?.DeepClone() };
            data["status"] = response.StatusCode;
            if (idempotencyKey is not null)
            {
                data["idempotencyKey"] = idempotencyKey;
            }

            return ToolResults.Object(string.Create(CultureInfo.InvariantCulture, $"{verb} {relative}: HTTP {response.StatusCode}"), data, call.Budget);
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
