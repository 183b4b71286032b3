using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    /// <summary>How many bills are generated at random; <see cref="FocusBills"/> adds the rest of the ~300.</summary>
    private const int RandomBillCount = 281;

    /// <summary>
    /// Bills placed on purpose around "open bills over $5,000 due in the next 30 days": eight that match
    /// (one due today, one due on day 30, one partially paid whose amount due is still over 5,000) and near misses
    /// that must not match (exactly 5,000.00; paid down below 5,000; day 31; past due; draft; reversed; paid).
    /// Random bills due from 60 days ago onwards stay under 5,000, so the eight are the whole answer.
    /// </summary>
    internal static IReadOnlyList<FocusBill> FocusBills { get; } =
    [
        new("Acme Maintenance", 7850.00m, 12, "posted", 0m, "Quarterly HVAC and plumbing maintenance", "E100"),
        new("Precision HVAC Services", 12480.00m, 3, "posted", 0m, "Rooftop unit replacement - deposit", "E100"),
        new("Vertex Engineering", 23900.00m, 7, "posted", 0m, "Structural engineering - phase 2", "E200"),
        new("Keystone Legal LLP", 6215.50m, 18, "posted", 0m, "Contract review and litigation support", "E100"),
        new("Global Parts Distribution", 18000.00m, 9, "posted", 6000.00m, "Components order 4471", "E200"),
        new("Summit Property Management", 9400.00m, 25, "posted", 0m, "Common area maintenance true-up", "E100"),
        new("Atlas Staffing Partners", 5000.01m, 30, "posted", 0m, "Temporary staffing - month end close", "E100"),
        new("Sterling Equipment Rentals", 5250.00m, 0, "posted", 0m, "Lift rental - warehouse", "E200"),
        new("Cloudline Software", 5000.00m, 14, "posted", 0m, "Annual license renewal", "E100"),
        new("Quantum Components", 9000.00m, 10, "posted", 5000.00m, "Sensor assemblies", "E200"),
        new("Maple Leaf Manufacturing", 14750.00m, 31, "posted", 0m, "Fabricated housings", "E100"),
        new("Pinnacle Marketing Co", 8300.00m, -5, "posted", 0m, "Trade show booth and collateral", "E100"),
        new("Apex Electrical Contractors", 11200.00m, -20, "posted", 0m, "Panel upgrade - Seattle office", "E200"),
        new("Silverline Consulting", 6700.00m, 8, "draft", 0m, "ERP advisory - draft estimate", "E200"),
        new("Orion Data Systems", 7400.00m, 15, "reversed", 0m, "Duplicate entry of storage array invoice", "E100"),
        new("Evergreen Insurance Group", 15600.00m, 20, "posted", 15600.00m, "Property and casualty premium", "E100"),
        new("Acme Maintenance", 5600.00m, 45, "posted", 0m, "Elevator service contract", "E100"),
        new("Northwind Office Supply", 1840.25m, 20, "submitted", 0m, "Office chairs - awaiting approval", "E100"),
        new("Coastal Courier", 312.40m, 6, "submitted", 0m, "Courier services - awaiting approval", "E200"),
    ];

    private static readonly string[] PaymentMethods = ["printedCheck", "ach", "ach", "wireTransfer", "creditCard"];

    private void AddBills()
    {
        var vendors = Data(SandboxObjects.Vendor);
        var vendorWeights = vendors.Select(v => v.Name == "Acme Maintenance" ? 3.0 : 1.0).ToList();
        for (var i = 0; i < RandomBillCount; i++)
        {
            var vendor = vendors[_random.Weighted(vendorWeights)];
            var created = RandomDate(_start, _today);
            var due = created.AddDays((int)vendor.Get<Record>("term").Get<long>("due.days"));
            var recent = due >= _today.AddDays(-60);
            var amount = recent ? _random.Money(40m, 4900m) : _random.Money(25m, 38000m);
            var (state, paid) = ChooseSettlement(created, due, amount);
            var entity = Get(SandboxObjects.Entity, _random.Chance(0.65) ? "E100" : "E200");
            AddBill(vendor, created, due, amount, state, paid, null, entity);
        }

        foreach (var focus in FocusBills)
        {
            var vendor = vendors.First(v => v.Name == focus.Vendor);
            var due = _today.AddDays(focus.DueInDays);
            var termDays = (int)vendor.Get<Record>("term").Get<long>("due.days");
            var created = due.AddDays(-termDays);
            if (created >= _today)
            {
                created = _today.AddDays(-1);
            }

            AddBill(vendor, created, due, focus.Amount, focus.State, focus.Paid, focus.Description, Get(SandboxObjects.Entity, focus.Entity));
        }
    }

    private List<Record> Data(string objectName) => _books.Data[objectName].Records;

    /// <summary>Chooses a state and paid amount the way a real payables run would have left them by today.</summary>
    private (string State, decimal Paid) ChooseSettlement(DateOnly created, DateOnly due, decimal amount)
    {
        if (created >= _today.AddDays(-40) && _random.Chance(0.09))
        {
            return (_random.Chance(0.65) ? "draft" : "submitted", 0m);
        }

        if (_random.Chance(0.03))
        {
            return ("reversed", 0m);
        }

        var (paidShare, partialShare) = due < _today.AddDays(-30) ? (0.88, 0.05) : due < _today ? (0.45, 0.2) : (0.1, 0.15);
        var roll = _random.NextDouble();
        if (roll < paidShare)
        {
            return ("posted", amount);
        }

        return roll < paidShare + partialShare
            ? ("posted", Math.Round(amount * (decimal)(0.25 + (_random.NextDouble() * 0.5)), 2))
            : ("posted", 0m);
    }

    private void AddBill(Record vendor, DateOnly created, DateOnly due, decimal amount, string state, decimal paid, string? description, Record entity)
    {
        var locations = Data(SandboxObjects.Location).Where(l => ReferenceEquals(l["entity"], entity)).ToList();
        var defaultAccount = vendor.Get<Record>("defaultExpenseGLAccount");
        var bill = Add(SandboxObjects.Bill, created, r =>
        {
            r["billNumber"] = UniqueNumber("INV-");
            r["referenceNumber"] = _random.Chance(0.6) ? UniqueNumber("PO-") : null;
            r["description"] = description ?? $"{defaultAccount.Name} - {vendor.Name}";
            r["recordType"] = "pi";
            r["vendor"] = vendor;
            r["createdDate"] = created;
            r["postingDate"] = created;
            r["dueDate"] = due;
            r["state"] = state;
            r["paymentPriority"] = "normal";
            r["isOnHold"] = false;
            r["term"] = vendor["term"];
            r["currency.txnCurrency"] = "USD";
            r["currency.baseCurrency"] = "USD";
            r["entity"] = entity;
        });
        var stamp = StampOf(created);
        foreach (var part in Split(amount))
        {
            var account = _random.Chance(0.8) ? defaultAccount : Get(SandboxObjects.Account, _random.Pick(["6300", "6310", "6050", "6100"]));
            _books.AddLine(bill, "lines", l =>
            {
                l["glAccount"] = account;
                l["txnAmount"] = part;
                l["memo"] = account.Name;
                l["dimensions.department"] = Get(SandboxObjects.Department, DepartmentFor(account));
                l["dimensions.location"] = _random.Pick(locations);
            }, stamp, GeneratorUser);
        }

        _books.RecalculateDocument(bill);
        _books.PostDocument(bill, stamp, GeneratorUser);
        if (paid > 0)
        {
            var paidOn = Clamp(RandomDate(created.AddDays(3), due.AddDays(10)));
            AddPayment(new PaymentShape(PaymentParts.Ap, PaymentMethods), vendor, paidOn, bill, paid, entity);
        }
    }

    private string DepartmentFor(Record account) => account.Id switch
    {
        "6100" or "6150" or "6200" or "6210" or "5000" or "5200" or "5300" => _random.Chance(0.75) ? "OPS" : "FIN",
        "6500" or "6510" or "6600" => _random.Chance(0.8) ? "SALES" : "OPS",
        "6700" or "6710" or "6800" or "6850" or "6020" => "FIN",
        _ => _random.Pick(["FIN", "SALES", "OPS"]),
    };

    /// <summary>A bill placed on purpose (see <see cref="FocusBills"/>).</summary>
    internal sealed record FocusBill(string Vendor, decimal Amount, int DueInDays, string State, decimal Paid, string Description, string Entity);
}
