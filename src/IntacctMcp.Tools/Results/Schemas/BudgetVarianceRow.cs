namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Actual against budget for one account (normal-balance sign) or department (net income).</summary>
internal sealed record BudgetVarianceRow
{
    /// <summary>Gets the account number or department ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets its name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the posted actual.</summary>
    public required decimal Actual { get; init; }

    /// <summary>Gets the budget.</summary>
    public required decimal Budget { get; init; }

    /// <summary>Gets actual minus budget.</summary>
    public required decimal Variance { get; init; }

    /// <summary>Gets the variance as a percentage of the budget; absent without a budget.</summary>
    public decimal VariancePercent { get; init; }

    /// <summary>Gets whether the variance is favourable by the account's normal balance.</summary>
    public required bool Favorable { get; init; }
}
