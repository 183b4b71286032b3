namespace IntacctMcp.Sandbox.Model;

/// <summary>
/// Where Sage's AP payment and AR payment keep the same facts under different names (its OpenAPI
/// <c>objects.accounts-payable.payment</c> and <c>objects.accounts-receivable.payment</c>): the owned list of
/// details, the detail's references to its payment and to the paid document, and the readable payment date.
/// </summary>
/// <param name="Object">The payment object.</param>
/// <param name="Party">The vendor or customer reference.</param>
/// <param name="List">The owned list of payment details.</param>
/// <param name="DetailObject">The detail object.</param>
/// <param name="Parent">The detail's reference to its payment.</param>
/// <param name="Document">The detail's reference to the bill or invoice it pays.</param>
/// <param name="Date">The payment's readable date: AP's <c>paymentDate</c> is write-only, so reads use <c>txnPaidDate</c>.</param>
internal sealed record PaymentParts(string Object, string Party, string List, string DetailObject, string Parent, string Document, string Date)
{
    /// <summary>The amount of a detail, in the transaction currency.</summary>
    public const string DetailAmount = "txnCurrency.paymentAmount";

    /// <summary>The payment's total, in the transaction currency.</summary>
    public const string Total = "txnCurrency.totalAmount";

    public static PaymentParts Ap { get; } = new(
        SandboxObjects.ApPayment, "vendor", "details", SandboxObjects.ApPaymentDetail, "apPayment", "bill", "txnPaidDate");

    public static PaymentParts Ar { get; } = new(
        SandboxObjects.ArPayment, "customer", "paymentDetails", SandboxObjects.ArPaymentDetail, "arPayment", "arInvoice", "paymentSummary.receiptDate");

    public bool IsAp => ReferenceEquals(this, Ap);

    public static PaymentParts For(string objectName) => objectName switch
    {
        SandboxObjects.ApPayment or SandboxObjects.ApPaymentDetail => Ap,
        _ => Ar,
    };
}
