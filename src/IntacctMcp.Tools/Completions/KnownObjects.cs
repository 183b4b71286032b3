using IntacctMcp.Tools.Modules.Dimensions;
using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Completions;

/// <summary>
/// Object names offered for an <c>object</c> argument: the objects this server's tools read and write, and the dimension
/// objects. Sage has hundreds more (any of them works where an object is asked for); these are the ones a finance user
/// reaches for, and listing them costs no Sage call.
/// </summary>
internal static class KnownObjects
{
    /// <summary>Gets the names, sorted.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. new[]
        {
            ReferenceKind.Accounts.Object,
            ReferenceKind.Vendors.Object,
            ReferenceKind.Customers.Object,
            ReferenceKind.Budgets.Object,
            "accounts-payable/bill",
            "accounts-payable/bill-line",
            "accounts-payable/payment",
            "accounts-receivable/invoice",
            "accounts-receivable/invoice-line",
            "accounts-receivable/payment",
            "cash-management/checking-account",
            "cash-management/savings-account",
            "cash-management/credit-card-account",
            "company-config/entity",
            "general-ledger/budget-detail",
            "general-ledger/journal-entry",
            "general-ledger/journal-entry-line",
        }.Concat(Dimension.All.Select(d => d.Object)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    ];
}
