namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>One account or category of the trial balance.</summary>
internal sealed record TrialBalanceLine
{
    /// <summary>Gets the account number (groupBy account).</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>Gets the account name (groupBy account).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the category.</summary>
    public required string? Category { get; init; }

    /// <summary>Gets the debits in the period.</summary>
    public required decimal Debit { get; init; }

    /// <summary>Gets the credits in the period.</summary>
    public required decimal Credit { get; init; }

    /// <summary>Gets debits minus credits.</summary>
    public required decimal Net { get; init; }

    /// <summary>Gets the balance at period end, debit positive.</summary>
    public required decimal Balance { get; init; }
}
