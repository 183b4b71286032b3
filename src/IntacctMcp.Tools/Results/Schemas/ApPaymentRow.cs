using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An AP payment row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record ApPaymentRow
{
    /// <summary>Gets the payment ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the vendor ID.</summary>
    [JsonPropertyName("vendor.id")]
    public string? VendorId { get; init; }

    /// <summary>Gets the vendor name.</summary>
    [JsonPropertyName("vendor.name")]
    public string? VendorName { get; init; }

    /// <summary>Gets the date paid.</summary>
    public DateOnly? TxnPaidDate { get; init; }

    /// <summary>Gets the payment method.</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }

    /// <summary>Gets the amount paid (a decimal string).</summary>
    [JsonPropertyName("txnCurrency.totalAmount")]
    public string? TotalAmount { get; init; }
}
