using System.ComponentModel;
using System.Text.Json;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Toolsets;

/// <summary>The universal query tool: any Sage object through <c>POST /services/core/query</c>.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Query)]
internal sealed class QueryTools(ToolRunner runner)
{
    [McpServerTool(Name = "query", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput))]
    [Description("Queries any Sage object with Sage's query service (one call). Rows are flat, keyed by the field paths asked for; decimals are strings. Find field names with describe_object. Aggregates: \"sum:txnAmount\" with plain fields groups by them.")]
    public Task<CallToolResult> Query(
        [Description("application/object, e.g. accounts-receivable/invoice, general-ledger/journal-entry-line.")] string @object,
        [Description("Field paths; dotted through references (vendor.name); count:/sum:/avg:/min:/max: aggregates. No *.")] string[] fields,
        [Description("[{\"$op\":{\"field\":value}}], ANDed unless filterExpression. Ops: $eq $ne $lt $lte $gt $gte $in $notIn $between $notBetween $contains $notContains $has $startsWith $notStartsWith $endsWith $notEndsWith. Dates yyyy-mm-dd.")] JsonElement? filters = null,
        [Description("Combines filters by 1-based position, e.g. \"(1 and 2) or 3\".")] string? filterExpression = null,
        [Description("{asOfDate, includeHierarchyFields, caseSensitiveComparison (default true), includePrivate}.")] JsonElement? filterParameters = null,
        [Description("[{\"field\":\"desc\"}] or \"field desc, field2\".")] JsonElement? orderBy = null,
        [Description(Describe.Start)] int start = 1,
        [Description("Rows, 1-4000.")] int size = 100,
        [Description(Describe.Company)] string? company = null,
        [Description(Describe.Entity)] string? entity = null,
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
