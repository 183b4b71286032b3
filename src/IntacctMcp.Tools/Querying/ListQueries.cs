using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Results;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>Runs one page of a query and shapes it as a list result.</summary>
internal static class ListQueries
{
    /// <summary>Runs the query (one Sage call) and returns its rows within the response budget.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="header">What the rows are.</param>
    /// <param name="query">The query, with <c>Start</c> and <c>Size</c> set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The list result.</returns>
    public static async Task<CallToolResult> RunAsync(ToolCall call, string header, IntacctQuery query, CancellationToken cancellationToken)
    {
        var page = await call.Client.QueryAsync(query, call.Request, cancellationToken);
        return ToolResults.List(header, page.Items, page.Meta.TotalCount, page.Meta.Next, query.Start ?? 1, call.Budget);
    }
}
