namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The trial balance.</summary>
internal sealed record TrialBalanceOutput : ObjectOutput
{
    /// <summary>Gets the period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Gets account or category.</summary>
    public required string GroupBy { get; init; }

    /// <summary>Gets one row per account or category.</summary>
    public required IReadOnlyList<TrialBalanceLine> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required LedgerTotals Totals { get; init; }
}
