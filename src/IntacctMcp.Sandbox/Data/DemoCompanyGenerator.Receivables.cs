using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    private const int InvoiceCount = 400;

    // Sage's AR paymentMethod values; five entries as before, so the seeded draws give the same data.
    private static readonly string[] ReceiptMethods = ["printedCheck", "eft", "eft", "cash", "creditCard"];

    private static readonly (string Account, string Department, string Memo)[] RevenueLines =
    [
        ("4000", "SALES", "Product sales"),
        ("4100", "OPS", "Installation and support services"),
        ("4200", "SALES", "Subscription"),
        ("4300", "OPS", "Consulting hours"),
    ];

    private void AddInvoices()
    {
        for (var i = 0; i < InvoiceCount; i++)
        {
            var rank = _random.Weighted(_customerWeights);
            var customer = _customersBySize[rank];
            var date = RandomDate(_start, _today);
            var due = date.AddDays((int)customer.Get<Record>("term").Get<long>("due.days"));
            var scale = rank < 8 ? 6m : rank < 20 ? 2.5m : 1m;
            var amount = _random.Money(150m * scale, 9000m * scale);
            var (state, paid) = ChooseCollection(date, due, amount);
            var entity = Get(SandboxObjects.Entity, _random.Chance(0.6) ? "E100" : "E200");
            AddInvoice(customer, date, due, amount, state, paid, entity);
        }
    }

    private (string State, decimal Paid) ChooseCollection(DateOnly date, DateOnly due, decimal amount)
    {
        if (date >= _today.AddDays(-30) && _random.Chance(0.15))
        {
            return ("draft", 0m);
        }

        if (_random.Chance(0.02))
        {
            return ("reversed", 0m);
        }

        var (paidShare, partialShare) = due < _today.AddDays(-60) ? (0.85, 0.05) : due < _today ? (0.5, 0.2) : (0.08, 0.12);
        var roll = _random.NextDouble();
        if (roll < paidShare)
        {
            return ("posted", amount);
        }

        return roll < paidShare + partialShare
            ? ("posted", Math.Round(amount * (decimal)(0.2 + (_random.NextDouble() * 0.6)), 2))
            : ("posted", 0m);
    }

    private void AddInvoice(Record customer, DateOnly date, DateOnly due, decimal amount, string state, decimal paid, Record entity)
    {
        var locations = Data(SandboxObjects.Location).Where(l => ReferenceEquals(l["entity"], entity)).ToList();
        var invoice = Add(SandboxObjects.Invoice, date, r =>
        {
            r["invoiceNumber"] = UniqueNumber("SI-");
            r["referenceNumber"] = _random.Chance(0.5) ? UniqueNumber("CPO-") : null;
            r["description"] = "Services and products for " + customer.Name;
            r["recordType"] = "ri";
            r["customer"] = customer;
            r["invoiceDate"] = date;
            r["dueDate"] = due;
            r["state"] = state;
            r["term"] = customer["term"];
            r["currency.txnCurrency"] = "USD";
            r["currency.baseCurrency"] = "USD";
            r["entity"] = entity;
        });
        var stamp = StampOf(date);
        foreach (var part in Split(amount))
        {
            var (account, department, memo) = _random.Pick(RevenueLines);
            _books.AddLine(invoice, "lines", l =>
            {
                l["glAccount"] = Get(SandboxObjects.Account, account);
                l["txnAmount"] = part;
                l["memo"] = memo;
                l["dimensions.department"] = Get(SandboxObjects.Department, department);
                l["dimensions.location"] = _random.Pick(locations);
            }, stamp, GeneratorUser);
        }

        _books.RecalculateDocument(invoice);
        _books.PostDocument(invoice, stamp, GeneratorUser);
        if (paid > 0)
        {
            var receivedOn = Clamp(RandomDate(date.AddDays(5), due.AddDays(20)));
            AddPayment(new PaymentShape(PaymentParts.Ar, ReceiptMethods), customer, receivedOn, invoice, paid, entity);
        }
    }
}
