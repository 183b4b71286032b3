using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A vendor or customer row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record PartyRow
{
    /// <summary>Gets the vendor or customer ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the open balance (a decimal string).</summary>
    public string? TotalDue { get; init; }

    /// <summary>Gets the payment term.</summary>
    [JsonPropertyName("term.id")]
    public string? TermId { get; init; }
}
