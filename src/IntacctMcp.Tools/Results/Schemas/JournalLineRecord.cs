
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A journal entry line.</summary>
internal sealed record JournalLineRecord
{
    /// <summary>Gets the GL account.</summary>
    public RecordRef? GlAccount { get; init; }

    /// <summary>Gets debit or credit.</summary>
    public string? TxnType { get; init; }

    /// <summary>Gets the amount (a decimal string).</summary>
    public string? TxnAmount { get; init; }

    /// <summary>Gets the memo.</summary>
    public string? Description { get; init; }
}
