namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>One line of a statement, in the statement's sign (revenue, liabilities and equity credit-positive).</summary>
internal sealed record StatementLine
{
    /// <summary>Gets revenue or expenses; assets, liabilities or equity.</summary>
    public required string Section { get; init; }

    /// <summary>Gets the account category.</summary>
    public required string Category { get; init; }

    /// <summary>Gets the account number or dimension ID, when grouped by one.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets its name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the amount.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the compared amount, when comparing.</summary>
    public decimal Prior { get; init; }
}
