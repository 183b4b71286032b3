using System.ComponentModel;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Objects;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Dimensions;

/// <summary>Dimensions: the departments, locations, classes, projects, employees, items (and others) a company tags lines with.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.GeneralLedger)]
internal sealed class DimensionTools(ToolRunner runner)
{
    [McpServerTool(Name = "list_dimension_values", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<DimensionValueRow>))]
    [Description("Values of a dimension: id, name, status, parent.")]
    public Task<CallToolResult> ListDimensionValues(
        [Description("department location class project employee item customer vendor")] string dimension,
        [Description("Part of the ID or name.")] string? search = null,
        [Description(Describe.PageSize)] int pageSize = 100,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, async call =>
        {
            var kind = Dimension.Parse(dimension);
            var filters = new FilterSet();
            if (!string.IsNullOrWhiteSpace(search))
            {
                var text = search.Trim();
                filters.AndAny(Filters.Of(IntacctFilterOperator.Contains, "id", text), Filters.Of(IntacctFilterOperator.Contains, "name", text));
            }

            var query = new IntacctQuery
            {
                Object = kind.Object,
                Fields = kind.ValueFields,
                Filters = filters.Filters,
                FilterExpression = filters.Expression,
                FilterParameters = filters.Filters.Count == 0 ? null : new IntacctFilterParameters { CaseSensitiveComparison = false },
                OrderBy = [new IntacctOrderBy("id")],
                Start = ArgumentParser.Start(start),
                Size = ArgumentParser.PageSize(pageSize),
            };
            IntacctPage<JsonObject> page;
            try
            {
                page = await call.Client.QueryAsync(query, call.Request, cancellationToken);
            }
            catch (IntacctNotFoundException)
            {
                throw new ToolNotFoundException(kind.MissingIn(call.Company));
            }

            var rows = page.Items.Select(kind.Value).ToList();
            return ToolResults.List($"{kind.Name} values", rows, page.Meta.TotalCount, page.Meta.Next, query.Start ?? 1, call.Budget);
        });
}
