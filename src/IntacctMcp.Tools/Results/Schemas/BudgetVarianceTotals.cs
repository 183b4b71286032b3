namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Budget variance totals, as net income (revenue less expenses).</summary>
internal sealed record BudgetVarianceTotals
{
    /// <summary>Gets the actual net income.</summary>
    public required decimal Actual { get; init; }

    /// <summary>Gets the budgeted net income.</summary>
    public required decimal Budget { get; init; }

    /// <summary>Gets actual minus budget.</summary>
    public required decimal Variance { get; init; }
}
