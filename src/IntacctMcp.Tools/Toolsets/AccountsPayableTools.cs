using System.ComponentModel;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.Results;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Toolsets;

/// <summary>Accounts Payable: vendors, bills, payments, aging, and creating bills.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.AccountsPayable)]
internal sealed class AccountsPayableTools(ToolRunner runner, PeriodResolver periods)
{
    [McpServerTool(Name = "list_bills", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput))]
    [Description("Lists AP bills (one query). Amount due is totalTxnAmountDue. E.g. open bills over 5,000 due in 30 days: openOnly=true, minAmountDue=5000, dueWithinDays=30.")]
    public Task<CallToolResult> ListBills(
        [Description(Describe.OpenOnly)] bool openOnly = false,
        [Description(Describe.MinAmountDue)] decimal? minAmountDue = null,
        [Description(Describe.DueWithinDays)] int? dueWithinDays = null,
        [Description(Describe.DueBefore)] string? dueBefore = null,
        [Description(Describe.DueAfter)] string? dueAfter = null,
        [Description(Describe.State)] string? state = null,
        [Description("Vendor ID or exact name.")] string? vendor = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        [Description(Describe.Company)] string? company = null,
        [Description(Describe.Entity)] string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => ListOpenItems(
            call,
            OpenItemSpec.Bill,
            new OpenItemFilter(openOnly, minAmountDue, dueWithinDays, ArgumentParser.Date(dueBefore, "dueBefore"), ArgumentParser.Date(dueAfter, "dueAfter"), state, vendor),
            fields,
            orderBy,
            pageSize,
            start,
            "Bills",
            cancellationToken));

    private Task<CallToolResult> ListOpenItems(ToolCall call, OpenItemSpec spec, OpenItemFilter filter, string? fields, string? orderBy, int pageSize, int start, string header, CancellationToken cancellationToken)
    {
        var filters = OpenItemQuery.Filters(spec, filter, periods.Today);
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
