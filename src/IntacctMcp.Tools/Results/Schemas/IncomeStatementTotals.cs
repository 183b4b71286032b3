namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The income statement's totals.</summary>
internal sealed record IncomeStatementTotals
{
    /// <summary>Gets revenue: credits less debits of credit-normal accounts.</summary>
    public required decimal Revenue { get; init; }

    /// <summary>Gets costs and expenses: debits less credits of debit-normal accounts.</summary>
    public required decimal Expenses { get; init; }

    /// <summary>Gets revenue less expenses.</summary>
    public required decimal NetIncome { get; init; }

    /// <summary>Gets the compared revenue, when comparing.</summary>
    public decimal PriorRevenue { get; init; }

    /// <summary>Gets the compared expenses, when comparing.</summary>
    public decimal PriorExpenses { get; init; }

    /// <summary>Gets the compared net income, when comparing.</summary>
    public decimal PriorNetIncome { get; init; }
}
