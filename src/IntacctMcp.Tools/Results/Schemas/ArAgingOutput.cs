namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The AR aging.</summary>
internal sealed record ArAgingOutput : ObjectOutput
{
    /// <summary>Gets the day ages are counted to.</summary>
    public required DateOnly AsOfDate { get; init; }

    /// <summary>Gets one row per customer.</summary>
    public required IReadOnlyList<ArAgingRow> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required AgingBuckets Totals { get; init; }
}
