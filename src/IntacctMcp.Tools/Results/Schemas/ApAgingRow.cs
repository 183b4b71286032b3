namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A vendor's open amounts due by days past due.</summary>
internal sealed record ApAgingRow : AgingBuckets
{
    /// <summary>Gets the vendor ID.</summary>
    public required string Vendor { get; init; }

    /// <summary>Gets the vendor name.</summary>
    public required string? Name { get; init; }
}
