namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>What a statement needs of a GL account, read from the cached chart of accounts.</summary>
/// <param name="Id">The account number.</param>
/// <param name="Name">The account name.</param>
/// <param name="Category">The account category, or <c>(none)</c>.</param>
/// <param name="IsIncomeStatement">Whether <c>accountType</c> is <c>incomeStatement</c>.</param>
/// <param name="DebitNormal">Whether <c>normalBalance</c> is <c>debit</c>.</param>
/// <param name="IsClosedTo">Whether <c>closingType</c> is <c>closedToAccount</c> (retained earnings).</param>
/// <param name="Order">The account's position in the chart, for presenting categories in chart order.</param>
internal sealed record StatementAccount(string Id, string? Name, string Category, bool IsIncomeStatement, bool DebitNormal, bool IsClosedTo, int Order)
{
    /// <summary>The category shown for an account without one.</summary>
    public const string NoCategory = "(none)";

    /// <summary>Gets an account the chart does not list (created since the chart was cached): a debit-normal line on its own.</summary>
    /// <param name="id">The account number.</param>
    /// <param name="isIncomeStatement">Which statement the query placed it on.</param>
    /// <returns>The account.</returns>
    public static StatementAccount Unknown(string id, bool isIncomeStatement) => new(id, null, NoCategory, isIncomeStatement, true, false, int.MaxValue);

    /// <summary>Turns a debit-positive amount into the account's normal-balance direction.</summary>
    /// <param name="debitMinusCredit">Debits minus credits.</param>
    /// <returns>The amount as the statement shows it.</returns>
    public decimal Normal(decimal debitMinusCredit) => DebitNormal ? debitMinusCredit : -debitMinusCredit;
}
