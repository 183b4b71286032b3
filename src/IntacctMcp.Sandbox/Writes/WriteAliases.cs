using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>
/// Accepts the spellings of Sage's published payment examples (reference §8.8) next to the sandbox's own shape:
/// <c>paymentDetails</c>/<c>arInvoice</c>/<c>paymentSummary.receiptDate</c> and amounts under <c>txnCurrency.paymentAmount</c>.
/// Currency blocks of those examples carry nothing the sandbox keeps (everything is USD) and are dropped.
/// </summary>
internal static class WriteAliases
{
    public static JsonObject Normalize(ObjectDef def, JsonObject body)
    {
        if (def.Name is not (SandboxObjects.ApPayment or SandboxObjects.ArPayment or SandboxObjects.ApPaymentDetail or SandboxObjects.ArPaymentDetail))
        {
            return body;
        }

        var copy = new JsonObject();
        foreach (var (name, node) in body)
        {
            switch (name)
            {
                case "paymentDetails":
                    copy["details"] = node?.DeepClone();
                    break;
                case "paymentSummary" when node is JsonObject summary && summary["receiptDate"] is { } date:
                    copy["receiptDate"] = date.DeepClone();
                    break;
                case "arInvoice":
                    copy["invoice"] = node?.DeepClone();
                    break;
                case "apBill":
                    copy["bill"] = node?.DeepClone();
                    break;
                case "txnCurrency" when node is JsonObject currency && currency["paymentAmount"] is { } amount:
                    copy["paymentAmount"] = amount.DeepClone();
                    break;
                case "baseCurrency" or "txnCurrency" or "paymentRequestMethod" or "currency" or "paymentSummary":
                    break;
                default:
                    copy[name] = node?.DeepClone();
                    break;
            }
        }

        return copy;
    }
}
