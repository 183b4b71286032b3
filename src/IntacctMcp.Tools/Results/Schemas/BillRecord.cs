using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An AP bill in full, with lines.</summary>
[Description(SchemaText.SageRecord)]
internal sealed record BillRecord : ObjectOutput
{
    /// <summary>Gets the record key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the vendor's invoice number.</summary>
    public string? BillNumber { get; init; }

    /// <summary>Gets the vendor.</summary>
    public RecordRef? Vendor { get; init; }

    /// <summary>Gets the bill date.</summary>
    public DateOnly? CreatedDate { get; init; }

    /// <summary>Gets the due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }

    /// <summary>Gets the total (a decimal string).</summary>
    public string? TotalTxnAmount { get; init; }

    /// <summary>Gets the amount due (a decimal string).</summary>
    public string? TotalTxnAmountDue { get; init; }

    /// <summary>Gets the lines.</summary>
    public IReadOnlyList<DocumentLineRecord>? Lines { get; init; }
}
