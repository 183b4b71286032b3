using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>Lists vendors or customers (one query).</summary>
internal static class PartyLists
{
    /// <summary>Runs the list.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="objectName">The object.</param>
    /// <param name="header">What the rows are.</param>
    /// <param name="defaults">Default columns.</param>
    /// <param name="status">The status filter.</param>
    /// <param name="fields">The fields argument.</param>
    /// <param name="orderBy">The orderBy argument.</param>
    /// <param name="pageSize">The page size.</param>
    /// <param name="start">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<CallToolResult> RunAsync(ToolCall call, string objectName, string header, IReadOnlyList<string> defaults, string? status, string? fields, string? orderBy, int pageSize, int start, CancellationToken cancellationToken)
    {
        var filters = new FilterSet();
        if (!string.IsNullOrWhiteSpace(status))
        {
            filters.And(Filters.EqualsAny("status", status));
        }

        var query = new IntacctQuery
        {
            Object = objectName,
            Fields = ArgumentParser.Fields(fields, defaults),
            Filters = filters.Filters,
            OrderBy = ArgumentParser.OrderBy(orderBy, [new IntacctOrderBy("id")]),
            Start = ArgumentParser.Start(start),
            Size = ArgumentParser.PageSize(pageSize),
        };
        return ListQueries.RunAsync(call, header, query, cancellationToken);
    }
}
