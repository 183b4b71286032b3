namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The balance sheet.</summary>
internal sealed record BalanceSheetOutput : ObjectOutput
{
    /// <summary>Gets the date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets the compared date, when comparing.</summary>
    public DateOnly PriorAsOf { get; init; }

    /// <summary>Gets category or account.</summary>
    public required string GroupBy { get; init; }

    /// <summary>Gets the lines: assets, liabilities, equity.</summary>
    public required IReadOnlyList<StatementLine> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required BalanceSheetTotals Totals { get; init; }
}
