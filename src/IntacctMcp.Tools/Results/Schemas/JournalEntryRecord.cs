using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A journal entry in full, with lines.</summary>
[Description(SchemaText.SageRecord)]
internal sealed record JournalEntryRecord : ObjectOutput
{
    /// <summary>Gets the record key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the number within its journal.</summary>
    public long? TxnNumber { get; init; }

    /// <summary>Gets the journal.</summary>
    public RecordRef? GlJournal { get; init; }

    /// <summary>Gets the posting date.</summary>
    public DateOnly? PostingDate { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }

    /// <summary>Gets the debit and credit lines.</summary>
    public IReadOnlyList<JournalLineRecord>? Lines { get; init; }
}
