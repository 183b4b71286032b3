using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Writes;

/// <summary>What differs between creating an AP bill and an AR invoice.</summary>
/// <param name="Tool">The tool name.</param>
/// <param name="Object">The object.</param>
/// <param name="Party">The party field and argument, <c>vendor</c> or <c>customer</c>.</param>
/// <param name="Parties">The reference list the party is resolved in.</param>
/// <param name="DateField">The document date field, <c>createdDate</c> or <c>invoiceDate</c>.</param>
/// <param name="DateArgument">The tool argument for the document date.</param>
/// <param name="NumberField">The document number field and argument, <c>billNumber</c> or <c>invoiceNumber</c>.</param>
/// <param name="Noun">What the document is called.</param>
internal sealed record DocumentSpec(string Tool, string Object, string Party, ReferenceKind Parties, string DateField, string DateArgument, string NumberField, string Noun)
{
    /// <summary>Gets the bill spec.</summary>
    public static DocumentSpec Bill { get; } = new("create_bill", "accounts-payable/bill", "vendor", ReferenceKind.Vendors, "createdDate", "billDate", "billNumber", "Bill");

    /// <summary>Gets the invoice spec.</summary>
    public static DocumentSpec Invoice { get; } = new("create_invoice", "accounts-receivable/invoice", "customer", ReferenceKind.Customers, "invoiceDate", "invoiceDate", "invoiceNumber", "Invoice");
}
