namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The period a report covers.</summary>
internal sealed record ReportPeriod
{
    /// <summary>Gets the period as named.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the first day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the last day.</summary>
    public required DateOnly End { get; init; }
}
