namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Debit and credit totals of posted lines per group.</summary>
internal sealed record JournalSummaryOutput : ObjectOutput
{
    /// <summary>Gets the period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Gets the grouping.</summary>
    public required string GroupBy { get; init; }

    /// <summary>Gets one row per group.</summary>
    public required IReadOnlyList<JournalSummaryRow> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required LedgerTotals Totals { get; init; }
}
