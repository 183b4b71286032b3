
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A bill or invoice line.</summary>
internal sealed record DocumentLineRecord
{
    /// <summary>Gets the GL account.</summary>
    public RecordRef? GlAccount { get; init; }

    /// <summary>Gets the amount (a decimal string).</summary>
    public string? TxnAmount { get; init; }

    /// <summary>Gets the memo.</summary>
    public string? Memo { get; init; }
}
