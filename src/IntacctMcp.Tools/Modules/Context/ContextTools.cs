using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Objects;
using IntacctMcp.Tools.Policy;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Context;

/// <summary>Connection and discovery tools: which companies, which entities, which fields.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Context)]
internal sealed class ContextTools(ToolRunner runner, IIntacctClientProvider clients)
{
    [McpServerTool(Name = "test_connection", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ConnectionOutput))]
    [Description("Checks the Sage connection (a token, one read); on failure, the error and the fix.")]
    public Task<CallToolResult> TestConnection(
        string? company = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, null, async call =>
        {
            var info = await call.Client.TestConnectionAsync(cancellationToken);
            var data = new JsonObject
            {
                ["company"] = info.Company.Name,
                ["companyId"] = info.TokenCompanyId,
                ["userId"] = info.TokenUserId ?? info.Company.UserId,
                ["entityId"] = info.TokenEntityId,
                ["tokenExpiresAt"] = info.TokenExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["probe"] = info.ProbeObject,
                ["probeCount"] = info.ProbeTotalCount,
                ["isSandbox"] = info.Company.IsSandbox,
            };
            var where = info.TokenEntityId is null ? "top level" : $"entity {info.TokenEntityId}";
            var who = info.Company.Flow == IntacctFlows.AuthorizationCode
                ? $"the signed-in regular user {info.TokenUserId}"
                : $"the Web Services user {info.TokenUserId ?? info.Company.UserId}";
            return ToolResults.Object($"Connected to Sage company {info.TokenCompanyId} ({where}) as {who}.", data, call.Budget);
        });

    [McpServerTool(Name = "list_companies", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<CompanyRow>))]
    [Description("The configured companies: values of the company argument. No Sage call.")]
    public Task<CallToolResult> ListCompanies(ClaimsPrincipal? user = null) =>
        ToolRunner.RunAsync(() =>
        {
            var names = clients.CompanyNames.Where(n => ToolPolicy.IsCompanyAllowed(user, n)).ToList();
            var rows = names.Select(n =>
            {
                var info = clients.GetClient(n).Company;
                return new JsonObject
                {
                    ["name"] = info.Name,
                    ["companyId"] = info.CompanyId,
                    ["userId"] = info.UserId,
                    ["entityId"] = info.EntityId,
                    ["isSandbox"] = info.IsSandbox,
                    ["isDefault"] = string.Equals(info.Name, clients.DefaultCompany, StringComparison.OrdinalIgnoreCase),
                };
            }).ToList();
            return Task.FromResult(ToolResults.List("Companies", rows, rows.Count, null, 1, runner.Budget));
        });

    [McpServerTool(Name = "list_entities", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<EntityRow>))]
    [Description("Entities of a multi-entity company; an id is the entity argument.")]
    public Task<CallToolResult> ListEntities(
        string? company = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, null, call => ListQueries.RunAsync(
            call,
            "Entities",
            new Intacct.Query.IntacctQuery { Object = "company-config/entity", Fields = ["id", "name", "status"], OrderBy = [new("id")], Start = 1, Size = 500 },
            cancellationToken));

    [McpServerTool(Name = "describe_object", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ObjectDescription))]
    [Description("An object's fields (type, ro = read-only, enum values), refs and owned lists. Use before query.")]
    public Task<CallToolResult> DescribeObject(
        [Description("application/object, e.g. accounts-payable/bill.")] string @object,
        string? company = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, null, async call =>
        {
            var name = QueryArguments.ObjectName(@object);
            var model = await call.Client.GetModelAsync(name, cancellationToken);
            var summary = ObjectModelSummary.Summarize(name, model);
            return ToolResults.Object($"Object {name}", summary, call.Budget);
        });
}
