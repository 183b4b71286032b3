namespace IntacctMcp.Tools.Querying;

/// <summary>What differs between AP bills and AR invoices when listing them.</summary>
/// <param name="Object">The object, e.g. <c>accounts-payable/bill</c>.</param>
/// <param name="Party">The party reference, <c>vendor</c> or <c>customer</c>.</param>
/// <param name="PartyArgument">The tool argument naming the party.</param>
/// <param name="NumberField">The user-visible number, <c>billNumber</c> or <c>invoiceNumber</c>.</param>
/// <param name="DefaultFields">The compact default columns.</param>
/// <param name="States">The values Sage's <c>state</c> field takes for this object (Sage's spec).</param>
internal sealed record OpenItemSpec(string Object, string Party, string PartyArgument, string NumberField, IReadOnlyList<string> DefaultFields, IReadOnlyList<string> States)
{
    /// <summary>Gets the AP bill spec.</summary>
    public static OpenItemSpec Bill { get; } = new(
        "accounts-payable/bill",
        "vendor",
        "vendor",
        "billNumber",
        ["id", "billNumber", "vendor.id", "vendor.name", "createdDate", "dueDate", "state", "totalTxnAmount", "totalTxnAmountDue"],
        ["draft", "submitted", "analyzing", "partiallyApproved", "declined", "posted", "selected", "partiallyPaid", "paid", "reversal", "reversed", "noValue"]);

    /// <summary>Gets the AR invoice spec.</summary>
    public static OpenItemSpec Invoice { get; } = new(
        "accounts-receivable/invoice",
        "customer",
        "customer",
        "invoiceNumber",
        ["id", "invoiceNumber", "customer.id", "customer.name", "invoiceDate", "dueDate", "state", "totalTxnAmount", "totalTxnAmountDue"],
        ["draft", "posted", "selected", "partiallyPaid", "paid", "reversal", "reversed", "noValue"]);
}
