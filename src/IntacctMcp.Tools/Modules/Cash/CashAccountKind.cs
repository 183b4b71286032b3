using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Modules.Cash;

/// <summary>
/// One of Sage's three bank and card objects: which object lists the accounts, which field names the GL account that
/// holds their balance (none of the three carries a balance of its own), and which field names them.
/// </summary>
/// <param name="Type">The row's type: checking, savings or creditCard.</param>
/// <param name="List">The cached list: object and fields.</param>
/// <param name="GlAccountField">The GL account's ID field.</param>
/// <param name="NameField">The bank's name or the card's description.</param>
internal sealed record CashAccountKind(string Type, ReferenceKind List, string GlAccountField, string NameField)
{
    /// <summary>Gets the three kinds, in the order the rows are shown.</summary>
    public static IReadOnlyList<CashAccountKind> All { get; } =
    [
        Bank("checking", "cash-management/checking-account", "checking account"),
        Bank("savings", "cash-management/savings-account", "savings account"),
        new(
            "creditCard",
            new ReferenceKind("cash-management/credit-card-account", ["id", "status", "accountDetails.description", "accounting.offsetGLAccount.id"], "credit-card account"),
            "accounting.offsetGLAccount.id",
            "accountDetails.description"),
    ];

    private static CashAccountKind Bank(string type, string objectName, string noun) =>
        new(type, new ReferenceKind(objectName, ["id", "status", "bankAccountDetails.bankName", "accounting.glAccount.id"], noun), "accounting.glAccount.id", "bankAccountDetails.bankName");
}
