namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The cash position: every bank and card account with its GL balance at one date.</summary>
internal sealed record CashPositionOutput : ObjectOutput
{
    /// <summary>Gets the date of the balances.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets one row per checking, savings and credit-card account.</summary>
    public required IReadOnlyList<CashAccountLine> Rows { get; init; }

    /// <summary>Gets the totals.</summary>
    public required CashTotals Totals { get; init; }
}
