namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Budget against actual for a period.</summary>
internal sealed record BudgetVarianceOutput : ObjectOutput
{
    /// <summary>Gets the period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Gets the budget ID.</summary>
    public required string Budget { get; init; }

    /// <summary>Gets account or department.</summary>
    public required string GroupBy { get; init; }

    /// <summary>Gets the rows.</summary>
    public required IReadOnlyList<BudgetVarianceRow> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required BudgetVarianceTotals Totals { get; init; }
}
