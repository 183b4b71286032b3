using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An AR payment row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record ArPaymentRow
{
    /// <summary>Gets the payment ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the customer ID.</summary>
    [JsonPropertyName("customer.id")]
    public string? CustomerId { get; init; }

    /// <summary>Gets the customer name.</summary>
    [JsonPropertyName("customer.name")]
    public string? CustomerName { get; init; }

    /// <summary>Gets the receipt date.</summary>
    [JsonPropertyName("paymentSummary.receiptDate")]
    public DateOnly? ReceiptDate { get; init; }

    /// <summary>Gets the payment method.</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }

    /// <summary>Gets the amount received (a decimal string).</summary>
    [JsonPropertyName("txnCurrency.totalAmount")]
    public string? TotalAmount { get; init; }
}
