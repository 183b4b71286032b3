using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Ledger;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results.Schemas;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.GeneralLedger;

/// <summary>General Ledger: accounts, journal entries, summaries, the trial balance, and posting entries.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.GeneralLedger)]
internal sealed class GeneralLedgerTools(ToolRunner runner, PeriodResolver periods, ReferenceDataCache cache, JournalEntryWriter writer)
{
    [McpServerTool(Name = "list_gl_accounts", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<GlAccountRow>))]
    [Description("Lists the chart of accounts (id is the account number).")]
    public Task<CallToolResult> ListGlAccounts(
        [Description("Category, e.g. Operating Expenses.")] string? category = null,
        [Description("balanceSheet or incomeStatement.")] string? accountType = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var filters = new FilterSet();
            if (!string.IsNullOrWhiteSpace(category))
            {
                filters.And(Filters.EqualsAny("category", category));
            }

            if (!string.IsNullOrWhiteSpace(accountType))
            {
                filters.And(IntacctFilter.Eq("accountType", accountType.Trim()));
            }

            var query = new IntacctQuery
            {
                Object = ReferenceKind.Accounts.Object,
                Fields = ArgumentParser.Fields(fields, ["id", "name", "accountType", "normalBalance", "category", "status"]),
                Filters = filters.Filters,
                OrderBy = ArgumentParser.OrderBy(orderBy, [new IntacctOrderBy("id")]),
                Start = ArgumentParser.Start(start),
                Size = ArgumentParser.PageSize(pageSize),
            };
            return ListQueries.RunAsync(call, "GL accounts", query, cancellationToken);
        });

    [McpServerTool(Name = "get_gl_account", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(GlAccountRecord))]
    [Description("One GL account in full, by number or exact name.")]
    public Task<CallToolResult> GetGlAccount(
        [Description(Describe.GlAccount)] string glAccount,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByReferenceAsync(call, cache, ReferenceKind.Accounts, ArgumentParser.Required(glAccount, "glAccount", "6100"), "glAccount", cancellationToken));

    [McpServerTool(Name = "list_journal_entries", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(ListOutput<JournalEntryRow>))]
    [Description("Journal entry headers. Lines: get_journal_entry, or query general-ledger/journal-entry-line.")]
    public Task<CallToolResult> ListJournalEntries(
        [Description(Describe.Period)] string? period = null,
        [Description(Describe.StartDate)] string? startDate = null,
        [Description(Describe.EndDate)] string? endDate = null,
        [Description("Journal ID, e.g. GJ, APJ, ARJ.")] string? journal = null,
        [Description("draft, posted or reversed.")] string? state = null,
        [Description(Describe.Fields)] string? fields = null,
        [Description(Describe.OrderBy)] string? orderBy = null,
        [Description(Describe.PageSize)] int pageSize = 25,
        [Description(Describe.Start)] int start = 1,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var filters = new FilterSet();
            if (periods.Resolve(period, startDate, endDate) is { } range)
            {
                filters.And(Filters.Between("postingDate", range.Start, range.End));
            }

            if (!string.IsNullOrWhiteSpace(journal))
            {
                filters.And(Filters.EqualsAny("glJournal.id", journal));
            }

            if (!string.IsNullOrWhiteSpace(state))
            {
                filters.And(Filters.EqualsAny("state", state));
            }

            var query = new IntacctQuery
            {
                Object = "general-ledger/journal-entry",
                Fields = ArgumentParser.Fields(fields, ["id", "glJournal.id", "postingDate", "description", "referenceNumber", "state"]),
                Filters = filters.Filters,
                OrderBy = ArgumentParser.OrderBy(orderBy, [new IntacctOrderBy("postingDate", Descending: true), new IntacctOrderBy("id")]),
                Start = ArgumentParser.Start(start),
                Size = ArgumentParser.PageSize(pageSize),
            };
            return ListQueries.RunAsync(call, "Journal entries", query, cancellationToken);
        });

    [McpServerTool(Name = "get_journal_entry", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(JournalEntryRecord))]
    [Description("One journal entry with its lines.")]
    public Task<CallToolResult> GetJournalEntry(
        [Description("Journal entry ID or txnNumber.")] string id,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => RecordLookup.ByNumberAsync(call, "general-ledger/journal-entry", "txnNumber", ArgumentParser.Required(id, "id", "42"), "journal entry", cancellationToken));

    [McpServerTool(Name = "summarize_journal_entries", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(JournalSummaryOutput))]
    [Description("Debit and credit totals of posted lines per group in a period (one query).")]
    public Task<CallToolResult> SummarizeJournalEntries(
        [Description("department, account, location, journal or month.")] string groupBy = "account",
        [Description(Describe.Period)] string? period = null,
        [Description(Describe.StartDate)] string? startDate = null,
        [Description(Describe.EndDate)] string? endDate = null,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var grouping = JournalGrouping.Parse(groupBy);
            var range = periods.Resolve(period, startDate, endDate) ?? periods.Parse("this_month");
            return LedgerReports.SummarizeAsync(call, grouping, range, cancellationToken);
        });

    [McpServerTool(Name = "get_trial_balance", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(TrialBalanceOutput))]
    [Description("Posted activity in the period and the balance at its end, per account or category.")]
    public Task<CallToolResult> GetTrialBalance(
        [Description(Describe.Period)] string? period = null,
        [Description(Describe.StartDate)] string? startDate = null,
        [Description(Describe.EndDate)] string? endDate = null,
        [Description("account or category.")] string groupBy = "account",
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var byCategory = (groupBy ?? "account").Trim().ToLowerInvariant() switch
            {
                "category" => true,
                "account" => false,
                _ => throw new ToolArgumentException("groupBy", $"'{groupBy}' is not a grouping; use account or category."),
            };
            var range = periods.Resolve(period, startDate, endDate) ?? periods.Parse("ytd");
            return LedgerReports.TrialBalanceAsync(call, range, byCategory, cancellationToken);
        });

    [McpServerTool(Name = "create_journal_entry", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WriteOutput))]
    [IntacctWriteTool]
    [Description("Posts a journal entry (a write); debits must equal credits.")]
    public Task<CallToolResult> CreateJournalEntry(
        [Description("Memo of the entry.")] string description,
        [Description("[{glAccount, debit or credit, memo, dimensions}], 2 or more.")] JsonElement? lines = null,
        [Description("Journal ID; default GJ.")] string? journal = null,
        [Description(Describe.DateToday)] string? postingDate = null,
        [Description("Reference.")] string? referenceNumber = null,
        [Description(Describe.Dimensions)] JsonElement? dimensions = null,
        [Description(Describe.DryRun)] bool dryRun = false,
        [Description(RequestIds.Description)] string? requestId = null,
        string? company = null,
        string? entity = null,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call => writer.CreateAsync(
            call,
            new JournalEntryRequest(journal, postingDate, description, referenceNumber, lines, dimensions, requestId),
            dryRun,
            user,
            cancellationToken));
}
