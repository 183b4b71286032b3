using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results.Schemas;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Payables;

/// <summary>Accounts Payable: vendors, bills, payments, aging, and creating bills.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.AccountsPayable)]
internal sealed class AccountsPayableTools(ToolRunner runner, PeriodResolver periods, ReferenceDataCache cache, DocumentWriter writer)
{
    [McpServerTool(Name = "list_vendors", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<PartyRow>))]
    [Description("Lists vendors with totalDue (open balance).")]
    public Task<CallToolResult> ListVendors(
        [Description(Describe.Status)] string? status = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => PartyLists.RunAsync(call, "accounts-payable/vendor", "Vendors", ["id", "name", "status", "totalDue", "term.id"], status, fields, orderBy, pageSize, start, cancellationToken));

    [McpServerTool(Name = "get_vendor", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(PartyRecord))]
    [Description("One vendor in full.")]
    public Task<CallToolResult> GetVendor(
        [Description("ID (V1001) or exact name.")] string vendor,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByReferenceAsync(call, cache, ReferenceKind.Vendors, ArgumentParser.Required(vendor, "vendor", "V1001"), "vendor", cancellationToken));

    [McpServerTool(Name = "list_bills", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<BillRow>))]
    [Description("Lists AP bills. Open bills over 5000 due in 30 days: openOnly, minAmountDue 5000, dueWithinDays 30.")]
    public Task<CallToolResult> ListBills(
        [Description(Describe.OpenOnly)] bool openOnly = false,
        [Description(Describe.MinAmountDue)] decimal? minAmountDue = null,
        [Description(Describe.DueWithinDays)] int? dueWithinDays = null,
        [Description(Describe.DueBefore)] string? dueBefore = null,
        [Description(Describe.DueAfter)] string? dueAfter = null,
        [Description(Describe.State)] string? state = null,
        [Description("ID or exact name.")] string? vendor = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => OpenItemLists.RunAsync(
            call,
            periods.Today,
            OpenItemSpec.Bill,
            new OpenItemFilter(openOnly, minAmountDue, dueWithinDays, ArgumentParser.Date(dueBefore, "dueBefore"), ArgumentParser.Date(dueAfter, "dueAfter"), state, vendor),
            fields,
            orderBy,
            pageSize,
            start,
            "Bills",
            cancellationToken));

    [McpServerTool(Name = "get_bill", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(BillRecord))]
    [Description("One AP bill with its lines.")]
    public Task<CallToolResult> GetBill(
        [Description("Bill number or ID.")] string billNumber,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByNumberAsync(call, OpenItemSpec.Bill.Object, "billNumber", ArgumentParser.Required(billNumber, "billNumber", "INV-1042"), "bill", cancellationToken));

    [McpServerTool(Name = "list_ap_payments", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<ApPaymentRow>))]
    [Description("AP payments to vendors, by date paid.")]
    public Task<CallToolResult> ListApPayments(
        [Description("ID or exact name.")] string? vendor = null,
        [Description(Describe.Period)] string? period = null,
        [Description(Describe.StartDate)] string? startDate = null,
        [Description(Describe.EndDate)] string? endDate = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => PaymentLists.RunAsync(
            call,
            PaymentSpec.Ap,
            vendor,
            periods.Resolve(period, startDate, endDate),
            fields,
            orderBy,
            pageSize,
            start,
            cancellationToken));

    [McpServerTool(Name = "get_ap_aging", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ApAgingOutput))]
    [Description("AP aging: open amounts due per vendor by days past due.")]
    public Task<CallToolResult> GetApAging(
        [Description("ID or exact name; default all.")] string? vendor = null,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => AgingReport.BuildAsync(call, OpenItemSpec.Bill, vendor, periods.Today, cancellationToken));

    [McpServerTool(Name = "create_bill", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WriteOutput))]
    [IntacctWriteTool]
    [Description("Creates an AP bill (a write): amount and glAccount for one line, or lines.")]
    public Task<CallToolResult> CreateBill(
        [Description("ID (V1001) or exact name.")] string vendor,
        [Description(Describe.Amount)] decimal? amount = null,
        [Description(Describe.GlAccount)] string? glAccount = null,
        [Description(Describe.Lines)] JsonElement? lines = null,
        [Description("Memo.")] string? description = null,
        [Description("Vendor invoice number.")] string? billNumber = null,
        [Description(Describe.DateToday)] string? billDate = null,
        [Description(Describe.DueDate)] string? dueDate = null,
        [Description(Describe.Dimensions)] JsonElement? dimensions = null,
        [Description(Describe.DryRun)] bool dryRun = false,
        [Description(RequestIds.Description)] string? requestId = null,
        string? company = null,
        string? entity = null,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => writer.CreateAsync(
            call,
            DocumentSpec.Bill,
            new DocumentRequest(vendor, amount, glAccount, lines, description, billNumber, billDate, dueDate, dimensions, requestId),
            dryRun,
            user,
            cancellationToken));
}
