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

namespace IntacctMcp.Tools.Modules.Receivables;

/// <summary>Accounts Receivable: customers, invoices, payments, aging, and creating invoices.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.AccountsReceivable)]
internal sealed class AccountsReceivableTools(ToolRunner runner, PeriodResolver periods, ReferenceDataCache cache, DocumentWriter writer)
{
    [McpServerTool(Name = "list_customers", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<PartyRow>))]
    [Description("Lists customers with totalDue. Top 10 owing: orderBy totalDue desc, pageSize 10.")]
    public Task<CallToolResult> ListCustomers(
        [Description(Describe.Status)] string? status = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => PartyLists.RunAsync(call, "accounts-receivable/customer", "Customers", ["id", "name", "status", "totalDue", "term.id"], status, fields, orderBy, pageSize, start, cancellationToken));

    [McpServerTool(Name = "get_customer", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(PartyRecord))]
    [Description("One customer in full.")]
    public Task<CallToolResult> GetCustomer(
        [Description("ID (C1001) or exact name.")] string customer,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByReferenceAsync(call, cache, ReferenceKind.Customers, ArgumentParser.Required(customer, "customer", "C1001"), "customer", cancellationToken));

    [McpServerTool(Name = "list_invoices", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<InvoiceRow>))]
    [Description("Lists AR invoices (one query).")]
    public Task<CallToolResult> ListInvoices(
        [Description(Describe.OpenOnly)] bool openOnly = false,
        [Description(Describe.MinAmountDue)] decimal? minAmountDue = null,
        [Description(Describe.DueWithinDays)] int? dueWithinDays = null,
        [Description(Describe.DueBefore)] string? dueBefore = null,
        [Description(Describe.DueAfter)] string? dueAfter = null,
        [Description(Describe.State)] string? state = null,
        [Description("ID or exact name.")] string? customer = null,
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
            OpenItemSpec.Invoice,
            new OpenItemFilter(openOnly, minAmountDue, dueWithinDays, ArgumentParser.Date(dueBefore, "dueBefore"), ArgumentParser.Date(dueAfter, "dueAfter"), state, customer),
            fields,
            orderBy,
            pageSize,
            start,
            "Invoices",
            cancellationToken));

    [McpServerTool(Name = "get_invoice", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(InvoiceRecord))]
    [Description("One AR invoice with its lines.")]
    public Task<CallToolResult> GetInvoice(
        [Description("Invoice number or ID.")] string invoiceNumber,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByNumberAsync(call, OpenItemSpec.Invoice.Object, "invoiceNumber", ArgumentParser.Required(invoiceNumber, "invoiceNumber", "INV-00042"), "invoice", cancellationToken));

    [McpServerTool(Name = "list_ar_payments", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<ArPaymentRow>))]
    [Description("AR payments from customers, by receipt date.")]
    public Task<CallToolResult> ListArPayments(
        [Description("ID or exact name.")] string? customer = null,
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
            PaymentSpec.Ar,
            customer,
            periods.Resolve(period, startDate, endDate),
            fields,
            orderBy,
            pageSize,
            start,
            cancellationToken));

    [McpServerTool(Name = "get_ar_aging", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ArAgingOutput))]
    [Description("AR aging: open amounts due per customer by days past due.")]
    public Task<CallToolResult> GetArAging(
        [Description("ID or exact name; default all.")] string? customer = null,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => AgingReport.BuildAsync(call, OpenItemSpec.Invoice, customer, periods.Today, cancellationToken));

    [McpServerTool(Name = "create_invoice", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WriteOutput))]
    [IntacctWriteTool]
    [Description("Creates an AR invoice (a write): amount and glAccount for one line, or lines.")]
    public Task<CallToolResult> CreateInvoice(
        [Description("ID (C1001) or exact name.")] string customer,
        [Description(Describe.Amount)] decimal? amount = null,
        [Description(Describe.GlAccount)] string? glAccount = null,
        [Description(Describe.Lines)] JsonElement? lines = null,
        [Description("Memo.")] string? description = null,
        [Description("Invoice number.")] string? invoiceNumber = null,
        [Description(Describe.DateToday)] string? invoiceDate = null,
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
            DocumentSpec.Invoice,
            new DocumentRequest(customer, amount, glAccount, lines, description, invoiceNumber, invoiceDate, dueDate, dimensions, requestId),
            dryRun,
            user,
            cancellationToken));
}
