using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>Lists AP or AR payments (one query).</summary>
internal static class PaymentLists
{
    /// <summary>Runs the list.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="spec">AP or AR.</param>
    /// <param name="party">The vendor or customer ID or exact name.</param>
    /// <param name="range">The date range, if any.</param>
    /// <param name="fields">The fields argument.</param>
    /// <param name="orderBy">The orderBy argument.</param>
    /// <param name="pageSize">The page size.</param>
    /// <param name="start">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static Task<CallToolResult> RunAsync(ToolCall call, PaymentSpec spec, string? party, DateRange? range, string? fields, string? orderBy, int pageSize, int start, CancellationToken cancellationToken)
    {
        var filters = new FilterSet();
        if (range is not null)
        {
            filters.And(Filters.Between(spec.DateField, range.Start, range.End));
        }

        if (!string.IsNullOrWhiteSpace(party))
        {
            filters.AndAny(Filters.IdOrName(spec.Party, party.Trim()));
        }

        var query = new IntacctQuery
        {
            Object = spec.Object,
            Fields = ArgumentParser.Fields(fields, ["id", spec.Party + ".id", spec.Party + ".name", spec.DateField, "paymentMethod", "state", spec.AmountField]),
            Filters = filters.Filters,
            FilterExpression = filters.Expression,
            OrderBy = ArgumentParser.OrderBy(orderBy, [new IntacctOrderBy(spec.DateField, Descending: true)]),
            Start = ArgumentParser.Start(start),
            Size = ArgumentParser.PageSize(pageSize),
        };
        return ListQueries.RunAsync(call, spec.Header, query, cancellationToken);
    }
}
