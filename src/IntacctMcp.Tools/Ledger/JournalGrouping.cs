using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Ledger;

/// <summary>How <c>summarize_journal_entries</c> groups lines: the query fields and how to label a group.</summary>
/// <param name="Name">The groupBy value.</param>
/// <param name="IdField">The field grouped on.</param>
/// <param name="NameField">A descriptive field grouped along, if any.</param>
internal sealed record JournalGrouping(string Name, string IdField, string? NameField)
{
    /// <summary>The accepted groupBy values.</summary>
    public const string Accepted = "department, account, location, journal, month";

    /// <summary>Parses <c>groupBy</c>.</summary>
    /// <param name="groupBy">The argument.</param>
    /// <returns>The grouping.</returns>
    public static JournalGrouping Parse(string? groupBy) => (groupBy ?? "account").Trim().ToLowerInvariant() switch
    {
        "department" => new("department", "dimensions.department.id", "dimensions.department.name"),
        "account" or "glaccount" => new("account", "glAccount.id", "glAccount.name"),
        "location" => new("location", "dimensions.location.id", "dimensions.location.name"),
        "journal" => new("journal", "journalEntry.glJournal.id", null),
        "month" => new("month", LedgerLines.Date, null),
        _ => throw new ToolArgumentException("groupBy", $"'{groupBy}' is not a grouping; use {Accepted}."),
    };
}
