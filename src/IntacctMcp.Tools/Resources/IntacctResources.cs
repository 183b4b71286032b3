using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Modules.Dimensions;
using IntacctMcp.Tools.Objects;
using IntacctMcp.Tools.Primitives;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Resources;

/// <summary>
/// Reference data as MCP resources, JSON, for a client to read as context: the configured companies, and per company its
/// chart of accounts, a dimension's values and an object's fields. Served from the caches the tools use (the reference
/// lists, the model cache), so a read costs Sage at most one call and none while the tools' copy is warm.
/// </summary>
/// <remarks>
/// An object name contains <c>/</c> (<c>accounts-payable/vendor</c>), so the schema template uses reserved expansion
/// (<c>{+object}</c>): the SDK matches it up to <c>/schema</c> with or without the slash percent-encoded.
/// </remarks>
[McpServerResourceType]
internal sealed class IntacctResources(CompanyCalls companies, ReferenceDataCache cache)
{
    /// <summary>The MIME type of every resource.</summary>
    public const string Json = "application/json";

    [McpServerResource(UriTemplate = "intacct://companies", Name = "companies", Title = "Configured companies", MimeType = Json)]
    [Description("Companies this server is configured for: name (the company argument), Sage company ID, entity, default, sandbox.")]
    public string Companies(ClaimsPrincipal? user = null)
    {
        CompanyCalls.RequireRead(user);
        var rows = new JsonArray();
        foreach (var name in companies.Allowed(user))
        {
            var info = companies.Clients.GetClient(name).Company;
            rows.Add(new JsonObject
            {
                ["name"] = info.Name,
                ["companyId"] = info.CompanyId,
                ["entityId"] = info.EntityId,
                ["isDefault"] = string.Equals(info.Name, companies.Clients.DefaultCompany, StringComparison.OrdinalIgnoreCase),
                ["isSandbox"] = info.IsSandbox,
            });
        }

        return new JsonObject { ["companies"] = rows }.ToJsonString();
    }

    [McpServerResource(UriTemplate = "intacct://{company}/accounts", Name = "accounts", Title = "Chart of accounts", MimeType = Json)]
    [Description("A company's GL accounts: id (number), name, accountType, category, normalBalance, status.")]
    public Task<string> Accounts(string company, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default) =>
        PrimitiveErrors.RunAsync(
            async () =>
            {
                var call = companies.Open(company, null, user, McpErrorCode.ResourceNotFound);
                var rows = await cache.GetAsync(call, ReferenceKind.Accounts, cancellationToken);
                var accounts = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = Rows.Text(r, "id"),
                    ["name"] = Rows.Text(r, "name"),
                    ["accountType"] = Rows.Text(r, "accountType"),
                    ["category"] = Rows.Text(r, "category"),
                    ["normalBalance"] = Rows.Text(r, "normalBalance"),
                    ["status"] = Rows.Text(r, "status"),
                })]);
                return Reviewed(new JsonObject { ["company"] = call.Company, ["accounts"] = accounts }, ReferenceKind.Accounts.Noun);
            },
            McpErrorCode.ResourceNotFound);

    [McpServerResource(UriTemplate = "intacct://{company}/dimensions/{dimension}", Name = "dimension", Title = "Dimension values", MimeType = Json)]
    [Description("Values of a dimension (department location class project employee item customer vendor): id, name, status, parent.")]
    public Task<string> DimensionValues(string company, string dimension, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default) =>
        PrimitiveErrors.RunAsync(
            async () =>
            {
                var call = companies.Open(company, null, user, McpErrorCode.ResourceNotFound);
                var kind = Dimension.Parse(dimension);
                IReadOnlyList<JsonObject> rows;
                try
                {
                    rows = await cache.GetAsync(call, kind.Values, cancellationToken);
                }
                catch (IntacctNotFoundException)
                {
                    throw new McpProtocolException(kind.MissingIn(call.Company), McpErrorCode.ResourceNotFound);
                }

                var values = new JsonArray([.. rows.Select(r => (JsonNode)kind.Value(r))]);
                return Reviewed(new JsonObject { ["company"] = call.Company, ["dimension"] = kind.Name, ["values"] = values }, kind.Name);
            },
            McpErrorCode.ResourceNotFound);

    [McpServerResource(UriTemplate = "intacct://{company}/objects/{+object}/schema", Name = "object-schema", Title = "Object fields", MimeType = Json)]
    [Description("A Sage object's fields as describe_object shows them; object is application/object, e.g. accounts-payable/bill.")]
    public Task<string> ObjectSchema(string company, string @object, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default) =>
        PrimitiveErrors.RunAsync(
            async () =>
            {
                var call = companies.Open(company, null, user, McpErrorCode.ResourceNotFound);
                var name = QueryArguments.ObjectName(@object);
                var model = await call.Client.GetModelAsync(name, cancellationToken);
                return ObjectModelSummary.Summarize(name, model).ToJsonString();
            },
            McpErrorCode.ResourceNotFound);

    /// <summary>Adds <c>suspiciousText</c> as the tools do: names are typed into Sage by people and other systems.</summary>
    private static string Reviewed(JsonObject content, string noun)
    {
        var flags = SuspiciousTextScanner.Scan(content, noun);
        if (flags.Count > 0)
        {
            content[SuspiciousTextScanner.Property] = new JsonArray([.. flags.Select(f => f.ToJson())]);
        }

        return content.ToJsonString();
    }
}
