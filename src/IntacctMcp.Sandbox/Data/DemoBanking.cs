namespace IntacctMcp.Sandbox.Data;

/// <summary>
/// The demo company's bank and card accounts. Each names the GL account its balance lives in (Sage's bank objects carry
/// no balance): operating checking 1000 (the account AP and AR payments post to, as <c>BOA-CHK</c>), payroll checking
/// 1010, money-market savings 1050, and the corporate card's liability 2400. Petty cash (1020) is no bank account.
/// </summary>
internal static class DemoBanking
{
    /// <summary>The vendor (an existing one: the demo company has exactly 40) that issues the corporate card.</summary>
    public const string CardVendorName = "Riverbend Bank Services";

    /// <summary>Gets the checking accounts: ID, bank, account number, GL account.</summary>
    public static IReadOnlyList<(string Id, string Bank, string Number, string GlAccount)> Checking { get; } =
    [
        ("BOA-CHK", "Bank of America", "4451-0081", "1000"),
        ("BOA-PAY", "Bank of America", "4451-0094", "1010"),
    ];

    /// <summary>Gets the savings accounts: ID, bank, account number, GL account.</summary>
    public static IReadOnlyList<(string Id, string Bank, string Number, string GlAccount)> Savings { get; } =
    [
        ("BOA-MM", "Bank of America", "7720-3310", "1050"),
    ];

    /// <summary>Gets the credit-card accounts: ID, description, card type, GL liability account.</summary>
    public static IReadOnlyList<(string Id, string Description, string CardType, string GlAccount)> Cards { get; } =
    [
        ("CORP-VISA", "Corporate card", "visa", "2400"),
    ];
}
