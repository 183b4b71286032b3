using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class Books
{
    private static readonly string[] PostedBillStates = ["posted", "partiallyPaid", "paid"];

    public static bool IsPosted(Record document) => Array.IndexOf(PostedBillStates, document["state"] as string) >= 0;

    /// <summary>Recomputes a bill's or invoice's totals from its lines and the payments applied to it, and its paid state.</summary>
    public void RecalculateDocument(Record document)
    {
        var total = 0m;
        foreach (var line in document.List("lines"))
        {
            var amount = line.Get<decimal>("txnAmount");
            line["baseAmount"] = amount;
            total += amount;
        }

        var paid = AppliedPayments(document);
        var due = total - paid;
        document["totalTxnAmount"] = total;
        document["totalBaseAmount"] = total;
        document["paymentInformation.totalTxnAmountPaid"] = paid;
        document["totalTxnAmountDue"] = due;
        document["totalBaseAmountDue"] = due;
        if (IsPosted(document))
        {
            document["state"] = due <= 0 && total > 0 ? "paid" : paid > 0 ? "partiallyPaid" : "posted";
        }
    }

    /// <summary>Sums the payment details applied to a bill or invoice.</summary>
    public decimal AppliedPayments(Record document)
    {
        var paid = 0m;
        foreach (var detail in _detailsByDocument.GetValueOrDefault(document) ?? [])
        {
            if (IsLive(detail.Get<Record>(PaymentParts.For(detail.Def.Name).Parent)))
            {
                paid += detail.Get<decimal>(PaymentParts.DetailAmount);
            }
        }

        return paid;
    }

    private static bool IsLive(Record payment) => payment["state"] is not ("reversed" or "voided" or "declined" or "draft");

    /// <summary>Recomputes a vendor's or customer's <c>totalDue</c>: the amount due on its open documents.</summary>
    public void RecalculateParty(Record party)
    {
        var due = 0m;
        foreach (var document in _documentsByParty.GetValueOrDefault(party) ?? [])
        {
            if (document["state"] is "posted" or "partiallyPaid")
            {
                due += document.Get<decimal>("totalTxnAmountDue");
            }
        }

        party["totalDue"] = due;
    }

    public void RecalculateAllParties()
    {
        foreach (var vendor in Data[SandboxObjects.Vendor].Records)
        {
            RecalculateParty(vendor);
        }

        foreach (var customer in Data[SandboxObjects.Customer].Records)
        {
            RecalculateParty(customer);
        }
    }

    /// <summary>Posts (or re-posts) a bill or invoice to the GL: expense/revenue lines against the AP/AR control account.</summary>
    public void PostDocument(Record document, DateTimeOffset stamp, string user)
    {
        Unpost(document);
        if (!IsPosted(document) || document.List("lines").Count == 0)
        {
            return;
        }

        var isBill = document.Def.Name == SandboxObjects.Bill;
        var entity = document.Get<Record>("entity");
        var control = Find(SandboxObjects.Account, isBill ? ApControlAccount : ArControlAccount);
        var lines = new List<JournalLine>();
        var first = document.List("lines")[0];
        foreach (var line in document.List("lines"))
        {
            lines.Add(new JournalLine(line.Get<Record>("glAccount"), isBill, line.Get<decimal>("txnAmount"),
                line.Get<Record>("dimensions.department"), line.Get<Record>("dimensions.location"), line["memo"] as string));
        }

        lines.Add(new JournalLine(control, !isBill, document.Get<decimal>("totalTxnAmount"),
            first.Get<Record>("dimensions.department"), first.Get<Record>("dimensions.location")));
        var party = document.Get<Record>(isBill ? "vendor" : "customer");
        var number = document[isBill ? "billNumber" : "invoiceNumber"] as string ?? document.KeyText;
        // A bill posts on its postingDate (else its bill date); Sage's invoice has no postingDate and posts on its invoice date.
        var date = isBill ? document["postingDate"] as DateOnly? ?? document.Get<DateOnly>("createdDate") : document.Get<DateOnly>("invoiceDate");
        document.GlEntry = AddJournalEntry(isBill ? "APJ" : "ARJ", date, $"{(isBill ? "Bill" : "Invoice")} {number} - {party.Name}", number,
            entity, "posted", lines, stamp, user);
        document.GlEntry.PostedFrom = document;
    }

    /// <summary>Posts a payment to the GL: control account against cash.</summary>
    public void PostPayment(Record payment, DateTimeOffset stamp, string user)
    {
        Unpost(payment);
        if (!IsLive(payment))
        {
            return;
        }

        var parts = PaymentParts.For(payment.Def.Name);
        var isAp = parts.IsAp;
        var entity = payment.Get<Record>("entity");
        var location = MainLocation(entity);
        var finance = Find(SandboxObjects.Department, "FIN");
        var amount = payment.Get<decimal>(PaymentParts.Total);
        var control = Find(SandboxObjects.Account, isAp ? ApControlAccount : ArControlAccount);
        var cash = Find(SandboxObjects.Account, CashAccount);
        var party = payment.Get<Record>(parts.Party);
        var date = payment.Get<DateOnly>(parts.Date);
        JournalLine[] lines =
        [
            new(isAp ? control : cash, true, amount, finance, location),
            new(isAp ? cash : control, false, amount, finance, location),
        ];
        payment.GlEntry = AddJournalEntry(isAp ? "CDJ" : "CRJ", date, $"{(isAp ? "Payment to" : "Receipt from")} {party.Name}",
            payment.KeyText, entity, "posted", lines, stamp, user);
        payment.GlEntry.PostedFrom = payment;
    }

    public void Unpost(Record document)
    {
        if (document.GlEntry is { } entry)
        {
            Remove(entry);
            document.GlEntry = null;
        }
    }
}
