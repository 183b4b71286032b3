namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The balance sheet's totals and its check.</summary>
internal sealed record BalanceSheetTotals
{
    /// <summary>Gets total assets.</summary>
    public required decimal Assets { get; init; }

    /// <summary>Gets total liabilities.</summary>
    public required decimal Liabilities { get; init; }

    /// <summary>Gets total equity, current-year net income included.</summary>
    public required decimal Equity { get; init; }

    /// <summary>Gets liabilities plus equity.</summary>
    public required decimal LiabilitiesAndEquity { get; init; }

    /// <summary>Gets whether assets equal liabilities plus equity.</summary>
    public required bool Balanced { get; init; }

    /// <summary>Gets assets less liabilities and equity.</summary>
    public required decimal Difference { get; init; }

    /// <summary>Gets the compared assets, when comparing.</summary>
    public decimal PriorAssets { get; init; }

    /// <summary>Gets the compared liabilities, when comparing.</summary>
    public decimal PriorLiabilities { get; init; }

    /// <summary>Gets the compared equity, when comparing.</summary>
    public decimal PriorEquity { get; init; }
}
