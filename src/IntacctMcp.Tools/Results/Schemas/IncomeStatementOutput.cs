namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The income statement.</summary>
internal sealed record IncomeStatementOutput : ObjectOutput
{
    /// <summary>Gets the period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Gets the compared period (<c>prior period yyyy-mm-dd..yyyy-mm-dd</c>), when comparing.</summary>
    public string PriorPeriod { get; init; } = string.Empty;

    /// <summary>Gets category, account, department or location.</summary>
    public required string GroupBy { get; init; }

    /// <summary>Gets the lines, revenue first.</summary>
    public required IReadOnlyList<StatementLine> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required IncomeStatementTotals Totals { get; init; }
}
