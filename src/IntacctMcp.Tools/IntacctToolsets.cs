namespace IntacctMcp.Tools;

/// <summary>The toolset names accepted by <c>--toolsets</c>.</summary>
public static class IntacctToolsets
{
    /// <summary>Connection and discovery: <c>test_connection</c>, <c>list_companies</c>, <c>list_entities</c>, <c>describe_object</c>.</summary>
    public const string Context = "context";

    /// <summary>General Ledger tools.</summary>
    public const string GeneralLedger = "gl";

    /// <summary>Accounts Payable tools.</summary>
    public const string AccountsPayable = "ap";

    /// <summary>Accounts Receivable tools.</summary>
    public const string AccountsReceivable = "ar";

    /// <summary>The universal <c>query</c> tool.</summary>
    public const string Query = "query";

    /// <summary>The raw <c>call_sage_endpoint</c> tool.</summary>
    public const string Raw = "raw";

    /// <summary>Financial statements, budget variance and cash position.</summary>
    public const string Statements = "statements";

    /// <summary>Gets every toolset name.</summary>
    public static IReadOnlyList<string> All { get; } = [Context, GeneralLedger, AccountsPayable, AccountsReceivable, Query, Raw, Statements];
}
