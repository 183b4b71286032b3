using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>Lists bills or invoices (one query); shared by the payables and receivables modules so neither calls the other.</summary>
internal static class OpenItemLists
{
    /// <summary>Runs the list.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="today">Today, for <c>dueWithinDays</c>.</param>
    /// <param name="spec">Bills or invoices.</param>
    /// <param name="filter">The filter arguments.</param>
    /// <param name="fields">The fields argument.</param>
    /// <param name="orderBy">The orderBy argument.</param>
    /// <param name="pageSize">The page size.</param>
    /// <param name="start">The start.</param>
    /// <param name="header">What the rows are.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<CallToolResult> RunAsync(ToolCall call, DateOnly today, OpenItemSpec spec, OpenItemFilter filter, string? fields, string? orderBy, int pageSize, int start, string header, CancellationToken cancellationToken)
    {
        var filters = OpenItemQuery.Filters(spec, filter, today);
        var query = new IntacctQuery
        {
            Object = spec.Object,
            Fields = ArgumentParser.Fields(fields, spec.DefaultFields),
            Filters = filters.Filters,
            FilterExpression = filters.Expression,
            OrderBy = ArgumentParser.OrderBy(orderBy, [new IntacctOrderBy("dueDate"), new IntacctOrderBy("id")]),
            Start = ArgumentParser.Start(start),
            Size = ArgumentParser.PageSize(pageSize),
        };
        return ListQueries.RunAsync(call, header, query, cancellationToken);
    }
}
