using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An AP bill row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record BillRow
{
    /// <summary>Gets the bill ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the vendor's invoice number.</summary>
    public string? BillNumber { get; init; }

    /// <summary>Gets the vendor ID.</summary>
    [JsonPropertyName("vendor.id")]
    public string? VendorId { get; init; }

    /// <summary>Gets the vendor name.</summary>
    [JsonPropertyName("vendor.name")]
    public string? VendorName { get; init; }

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
}
