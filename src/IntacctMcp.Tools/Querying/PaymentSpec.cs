namespace IntacctMcp.Tools.Querying;

/// <summary>What differs between AP and AR payments, in the names of Sage's spec.</summary>
/// <param name="Object">The object.</param>
/// <param name="Party">The party reference.</param>
/// <param name="DateField">
/// The readable payment date: an AP payment's <c>paymentDate</c> is write-only, so AP lists use <c>txnPaidDate</c>;
/// an AR payment keeps its date as <c>paymentSummary.receiptDate</c>.
/// </param>
/// <param name="AmountField">The payment's total, which Sage keeps under <c>txnCurrency</c> (and <c>baseCurrency</c>).</param>
/// <param name="Header">What the rows are.</param>
internal sealed record PaymentSpec(string Object, string Party, string DateField, string AmountField, string Header)
{
    /// <summary>Gets AP payments.</summary>
    public static PaymentSpec Ap { get; } = new("accounts-payable/payment", "vendor", "txnPaidDate", "txnCurrency.totalAmount", "AP payments");

    /// <summary>Gets AR payments.</summary>
    public static PaymentSpec Ar { get; } = new("accounts-receivable/payment", "customer", "paymentSummary.receiptDate", "txnCurrency.totalAmount", "AR payments");
}
