using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Confirmation;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.References;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Writes;

/// <summary>Validates and creates a journal entry: at least 2 lines, debits equal credits, accounts valid.</summary>
internal sealed class JournalEntryWriter(ReferenceDataCache cache, PeriodResolver periods, WriteExecutor executor)
{
    /// <summary>Creates (or previews) a journal entry.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="request">The arguments.</param>
    /// <param name="dryRun">Whether to only show the request.</param>
    /// <param name="user">The caller.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public async Task<CallToolResult> CreateAsync(ToolCall call, JournalEntryRequest request, bool dryRun, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var requestId = RequestIds.Parse(request.RequestId);
        var journal = string.IsNullOrWhiteSpace(request.Journal) ? "GJ" : request.Journal.Trim();
        var description = ArgumentParser.Required(request.Description, "description", "Accrual for June rent");
        var postingDate = ArgumentParser.Date(request.PostingDate, "postingDate") ?? periods.Today;
        var lines = LineParser.JournalLines(request.Lines, LineParser.Dimensions(request.Dimensions));
        if (lines.Count < 2)
        {
            throw new ToolArgumentException("lines", "a journal entry needs at least 2 lines (debits and credits).");
        }

        var debits = lines.Where(l => l.TxnType == "debit").Sum(l => l.Amount);
        var credits = lines.Where(l => l.TxnType == "credit").Sum(l => l.Amount);
        if (debits != credits)
        {
            throw new ToolArgumentException("lines", string.Create(CultureInfo.InvariantCulture, $"debits {Amounts.Format(debits)} do not equal credits {Amounts.Format(credits)} (difference {Amounts.Format(debits - credits)}); a journal entry must balance."));
        }

        var accounts = await cache.GetAsync(call, ReferenceKind.Accounts, cancellationToken);
        LineBodies.CheckAccounts(lines, accounts, single: false);
        var body = new JsonObject
        {
            ["glJournal"] = new JsonObject { ["id"] = journal },
            ["postingDate"] = ArgumentParser.Format(postingDate),
            ["description"] = description,
        };
        if (!string.IsNullOrWhiteSpace(request.ReferenceNumber))
        {
            body["referenceNumber"] = request.ReferenceNumber.Trim();
        }

        body["lines"] = new JsonArray([.. lines.Select(l => (JsonNode?)LineBodies.Render(l, "description"))]);
        var summary = string.Create(CultureInfo.InvariantCulture, $"Journal entry in {journal} on {ArgumentParser.Format(postingDate)}, {lines.Count} lines, debits = credits = {Amounts.Format(debits)}");
        var plainWords = WriteDescriptions.JournalEntry(call.Company, call.Request.Entity, body, accounts);
        return await executor.CreateAsync(call, "create_journal_entry", "general-ledger/journal-entry", body, requestId, dryRun, user, summary, plainWords, cancellationToken);
    }
}
