namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A customer's open amounts due by days past due.</summary>
internal sealed record ArAgingRow : AgingBuckets
{
    /// <summary>Gets the customer ID.</summary>
    public required string Customer { get; init; }

    /// <summary>Gets the customer name.</summary>
    public required string? Name { get; init; }
}
