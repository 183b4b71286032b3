namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Debit and credit totals.</summary>
internal sealed record LedgerTotals
{
    /// <summary>Gets the debits.</summary>
    public required decimal Debit { get; init; }

    /// <summary>Gets the credits.</summary>
    public required decimal Credit { get; init; }

    /// <summary>Gets debits minus credits.</summary>
    public required decimal Net { get; init; }

    /// <summary>Gets whether debits equal credits.</summary>
    public required bool Balanced { get; init; }

    /// <summary>Gets the balance at period end (trial balance only).</summary>
    public decimal Balance { get; init; }
}
