using System.ComponentModel;
using System.Text.Json;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Query;

/// <summary>The universal query tool: any Sage object through <c>POST /services/core/query</c>.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Query)]
internal sealed class QueryTools(ToolRunner runner)
{
    [McpServerTool(Name = "query", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<QueryRow>))]
    [Description("Queries any Sage object (one call to the query service). Rows are flat, keyed by field path; decimals are strings. Field names: describe_object. Aggregates (sum:txnAmount) group by the plain fields.")]
    public Task<CallToolResult> Query(
        [Description("application/object, e.g. accounts-receivable/invoice, general-ledger/journal-entry-line.")] string @object,
        [Description("Field paths, dotted through references (vendor.name); count: sum: avg: min: max: aggregates; no *.")] string[] fields,
        [Description("[{$op: {field: value}}], ANDed. Ops: $eq $ne $lt $lte $gt $gte $in $notIn $between $notBetween $contains $notContains $has $startsWith $notStartsWith $endsWith $notEndsWith. Dates yyyy-mm-dd.")] JsonElement? filters = null,
        [Description("By 1-based filter position: (1 and 2) or 3")] string? filterExpression = null,
        [Description("{asOfDate, includeHierarchyFields, caseSensitiveComparison (default true), includePrivate}.")] JsonElement? filterParameters = null,
        [Description("[{field: desc}] or field desc, field2")] JsonElement? orderBy = null,
        [Description(Describe.Start)] int start = 1,
        [Description("Rows, 1-4000.")] int size = 100,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var parsedFilters = QueryArguments.ParseFilters(filters);
            if (size is < 1 or > IntacctQuery.MaxSize)
            {
                throw new ToolArgumentException("size", "use 1 to 4000.");
            }

            var query = new IntacctQuery
            {
                Object = QueryArguments.ObjectName(@object),
                Fields = QueryArguments.Fields(fields),
                Filters = parsedFilters,
                FilterExpression = QueryArguments.FilterExpression(filterExpression, parsedFilters.Count),
                FilterParameters = QueryArguments.FilterParameters(filterParameters),
                OrderBy = QueryArguments.OrderBy(orderBy),
                Start = Arguments.ArgumentParser.Start(start),
                Size = size,
            };
            return ListQueries.RunAsync(call, query.Object, query, cancellationToken);
        });
}
