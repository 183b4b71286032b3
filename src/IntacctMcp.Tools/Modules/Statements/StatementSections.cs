namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>The sections of the statements, in presentation order.</summary>
internal static class StatementSections
{
    public const string Revenue = "revenue";
    public const string Expenses = "expenses";
    public const string Assets = "assets";
    public const string Liabilities = "liabilities";
    public const string Equity = "equity";

    /// <summary>Gets a section's position on its statement.</summary>
    /// <param name="section">The section.</param>
    /// <returns>0 for the first section.</returns>
    public static int Order(string section) => section switch
    {
        Revenue or Assets => 0,
        Expenses or Liabilities => 1,
        _ => 2,
    };
}
