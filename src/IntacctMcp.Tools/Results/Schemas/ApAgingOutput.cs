namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The AP aging.</summary>
internal sealed record ApAgingOutput : ObjectOutput
{
    /// <summary>Gets the day ages are counted to.</summary>
    public required DateOnly AsOfDate { get; init; }

    /// <summary>Gets one row per vendor.</summary>
    public required IReadOnlyList<ApAgingRow> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required AgingBuckets Totals { get; init; }
}
