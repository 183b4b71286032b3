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

/// <summary>Validates and creates AP bills and AR invoices: party and accounts resolved, amounts checked, dates defaulted.</summary>
internal sealed class DocumentWriter(ReferenceDataCache cache, PeriodResolver periods, WriteExecutor executor)
{
    /// <summary>The due date offset when the party has no term.</summary>
    public const int DefaultTermDays = 30;

    /// <summary>Creates (or previews) a bill or invoice.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="spec">Bill or invoice.</param>
    /// <param name="request">The arguments.</param>
    /// <param name="dryRun">Whether to only show the request.</param>
    /// <param name="user">The caller.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public async Task<CallToolResult> CreateAsync(ToolCall call, DocumentSpec spec, DocumentRequest request, bool dryRun, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        // Everything that needs no Sage call is checked first.
        var requestId = RequestIds.Parse(request.RequestId);
        var partyArgument = ArgumentParser.Required(request.Party, spec.Party, spec.Party == "vendor" ? "Acme Maintenance or V1001" : "C1001");
        var dimensions = LineParser.Dimensions(request.Dimensions);
        var lines = LineParser.DocumentLines(request.Lines, request.Amount, request.GlAccount, request.Description, dimensions);
        var documentDate = ArgumentParser.Date(request.DocumentDate, spec.DateArgument) ?? periods.Today;
        var dueDate = ArgumentParser.Date(request.DueDate, "dueDate");
        if (dueDate is { } due && due < documentDate)
        {
            throw new ToolArgumentException("dueDate", $"{ArgumentParser.Format(due)} is before the {spec.Noun.ToLowerInvariant()} date {ArgumentParser.Format(documentDate)}; give a later date.");
        }

        var party = await cache.ResolveAsync(call, spec.Parties, partyArgument, spec.Party, cancellationToken);
        if (!string.Equals((string?)party["status"] ?? "active", "active", StringComparison.OrdinalIgnoreCase))
        {
            throw new ToolArgumentException(spec.Party, $"{(string?)party["id"]} is inactive in Sage; activate it or pick another.");
        }

        var accounts = await cache.GetAsync(call, ReferenceKind.Accounts, cancellationToken);
        LineBodies.CheckAccounts(lines, accounts, request.Lines is null);
        dueDate ??= documentDate.AddDays(LineBodies.TermDays(party) ?? DefaultTermDays);

        var body = new JsonObject
        {
            [spec.Party] = new JsonObject { ["id"] = (string?)party["id"] },
            [spec.DateField] = ArgumentParser.Format(documentDate),
            ["dueDate"] = ArgumentParser.Format(dueDate.Value),
        };
        if (!string.IsNullOrWhiteSpace(request.Number))
        {
            body[spec.NumberField] = request.Number.Trim();
        }

        if (!string.IsNullOrWhiteSpace(request.Description))
        {
            body["description"] = request.Description.Trim();
        }

        body["lines"] = new JsonArray([.. lines.Select(l => (JsonNode?)LineBodies.Render(l))]);
        var total = lines.Sum(l => l.Amount);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{spec.Noun} for {(string?)party["id"]}, {lines.Count} line(s), total {Amounts.Format(total)}, due {ArgumentParser.Format(dueDate.Value)}");
        var description = WriteDescriptions.Document(spec.Noun, call.Company, call.Request.Entity, spec.Party, party, body, spec.DateField, spec.NumberField, accounts);
        return await executor.CreateAsync(call, spec.Tool, spec.Object, body, requestId, dryRun, user, summary, description, cancellationToken);
    }
}
