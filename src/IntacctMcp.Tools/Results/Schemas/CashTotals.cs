namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The cash position's totals; each GL account counts once even when two bank accounts share it.</summary>
internal sealed record CashTotals
{
    /// <summary>Gets the checking and savings balances.</summary>
    public required decimal Cash { get; init; }

    /// <summary>Gets the card balances (negative when owed).</summary>
    public required decimal CreditCards { get; init; }

    /// <summary>Gets cash plus cards.</summary>
    public required decimal Total { get; init; }
}
