using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An AR invoice row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record InvoiceRow
{
    /// <summary>Gets the invoice ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the invoice number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Gets the customer ID.</summary>
    [JsonPropertyName("customer.id")]
    public string? CustomerId { get; init; }

    /// <summary>Gets the customer name.</summary>
    [JsonPropertyName("customer.name")]
    public string? CustomerName { get; init; }

    /// <summary>Gets the invoice date.</summary>
    public DateOnly? InvoiceDate { get; init; }

    /// <summary>Gets the due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }

    /// <summary>Gets the total (a decimal string).</summary>
    public string? TotalTxnAmount { get; init; }

    /// <summary>Gets the amount due (a decimal string).</summary>
    public string? TotalTxnAmountDue { get; init; }
}
