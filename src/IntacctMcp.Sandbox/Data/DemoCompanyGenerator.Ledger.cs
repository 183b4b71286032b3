using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    private static readonly (string Account, decimal Amount, bool Debit)[] OpeningBalances =
    [
        ("1000", 1_400_000m, true), ("1050", 250_000m, true), ("1300", 120_000m, true), ("1400", 18_000m, true),
        ("1410", 36_000m, true), ("1500", 140_000m, true), ("1510", 95_000m, true), ("1520", 60_000m, true),
        ("1550", 210_000m, true), ("1590", 180_000m, false), ("1700", 25_000m, true), ("2050", 12_000m, false),
        ("2500", 45_000m, false), ("2700", 400_000m, false), ("3000", 100_000m, false), ("3100", 400_000m, false),
    ];

    private static readonly (string Department, decimal Salary)[] HalfMonthPayroll = [("FIN", 18_000m), ("SALES", 24_000m), ("OPS", 28_000m)];

    private static readonly (string Department, decimal Share)[] SharedCostSplit = [("FIN", 0.3m), ("SALES", 0.3m), ("OPS", 0.4m)];

    private static decimal ScaleOf(Record entity) => entity.Id == "E100" ? 1m : 0.55m;

    /// <summary>Opening balances per entity, the day before the window, balanced by retained earnings.</summary>
    private void AddOpeningBalances()
    {
        var date = _start.AddDays(-1);
        foreach (var entity in Data(SandboxObjects.Entity))
        {
            var scale = ScaleOf(entity);
            var lines = new List<JournalLine>();
            var net = 0m;
            foreach (var (account, amount, debit) in OpeningBalances)
            {
                var scaled = Math.Round(amount * scale, 2);
                lines.Add(Line(entity, account, debit, scaled, "FIN"));
                net += debit ? scaled : -scaled;
            }

            lines.Add(Line(entity, "3900", net < 0, Math.Abs(net), "FIN"));
            _books.AddJournalEntry("GJ", date, "Opening balances", "OB-" + entity.Id, entity, "posted", lines, StampOf(date), GeneratorUser);
        }
    }

    /// <summary>Recurring entries for every month of the window and every entity, each touching all three departments.</summary>
    private void AddMonthlyJournalEntries()
    {
        for (var month = _start; month <= _today; month = month.AddMonths(1))
        {
            foreach (var entity in Data(SandboxObjects.Entity))
            {
                AddMonth(month, entity, ScaleOf(entity));
            }
        }

        // A draft awaiting review and a reversed entry, so state filters matter.
        var e100 = Get(SandboxObjects.Entity, "E100");
        var current = new DateOnly(_today.Year, _today.Month, 1);
        _books.AddJournalEntry("ADJ", _today, "Accrued utilities - pending review", "ADJ-DRAFT", e100, "draft",
            [Line(e100, "6210", true, 2_450m, "OPS"), Line(e100, "2050", false, 2_450m, "FIN")], StampOf(_today), GeneratorUser);
        var reversedOn = DayOf(current.AddMonths(-2), 12);
        _books.AddJournalEntry("GJ", reversedOn, "Misposted office lease payment", "GJ-REV", e100, "reversed",
            [Line(e100, "6200", true, 18_500m, "OPS"), Line(e100, "1000", false, 18_500m, "FIN")], StampOf(reversedOn), GeneratorUser);
    }

    private void AddMonth(DateOnly month, Record entity, decimal scale)
    {
        var label = month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var day in new[] { 15, 31 })
        {
            var wages = new List<JournalLine>();
            decimal totalWages = 0m, totalTaxes = 0m;
            foreach (var (department, salary) in HalfMonthPayroll)
            {
                var amount = Math.Round(salary * scale * Jitter(), 2);
                var taxes = Math.Round(amount * 0.0765m, 2);
                wages.Add(Line(entity, "6000", true, amount, department));
                wages.Add(Line(entity, "6010", true, taxes, department));
                totalWages += amount;
                totalTaxes += taxes;
            }

            wages.Add(Line(entity, "1010", false, totalWages, "FIN"));
            wages.Add(Line(entity, "2300", false, totalTaxes, "FIN"));
            Entry("PYJ", DayOf(month, day), $"Payroll {label} ({(day == 15 ? "1st" : "2nd")} half)", entity, wages);
            Entry("GJ", DayOf(month, day - 1), "Fund payroll account", entity,
                [Line(entity, "1010", true, totalWages, "FIN"), Line(entity, "1000", false, totalWages, "FIN")]);
            Entry("GJ", DayOf(month, day == 15 ? 20 : 5), "Remit payroll taxes", entity,
                [Line(entity, "2300", true, totalTaxes, "FIN"), Line(entity, "1000", false, totalTaxes, "FIN")]);
        }

        Entry("GJ", DayOf(month, 1), "Office rent " + label, entity, Spread(entity, "6200", 18_500m * scale, "1000"));
        Entry("GJ", DayOf(month, 31), "Depreciation " + label, entity, Spread(entity, "6900", 4_200m * scale, "1590"));
        Entry("GJ", DayOf(month, 31), "Insurance amortization " + label, entity, Spread(entity, "6800", 2_000m * scale, "1410"));
        var travel = Math.Round(_random.Money(1_500m, 6_000m) * scale, 2);
        var meals = Math.Round(_random.Money(300m, 1_800m) * scale, 2);
        var software = Math.Round(_random.Money(900m, 3_500m) * scale, 2);
        var supplies = Math.Round(_random.Money(200m, 1_200m) * scale, 2);
        var card = travel + meals + software + supplies;
        Entry("GJ", DayOf(month, 20), "Corporate card statement " + label, entity,
        [
            Line(entity, "6500", true, travel, "SALES"), Line(entity, "6510", true, meals, "SALES"),
            Line(entity, "6400", true, software, "FIN"), Line(entity, "6300", true, supplies, "OPS"),
            Line(entity, "2400", false, card, "FIN"),
        ]);
        Entry("GJ", DayOf(month, 25), "Pay corporate card", entity, [Line(entity, "2400", true, card, "FIN"), Line(entity, "1000", false, card, "FIN")]);
        // Sized so the company makes a modest profit and its operating cash stays positive: statements of a going concern.
        var products = Math.Round(_random.Money(60_000m, 110_000m) * scale, 2);
        var services = Math.Round(_random.Money(20_000m, 45_000m) * scale, 2);
        Entry("GJ", DayOf(month, 10), "Point-of-sale deposits " + label, entity,
        [
            Line(entity, "1000", true, products + services, "SALES"),
            Line(entity, "4000", false, products, "SALES"), Line(entity, "4100", false, services, "OPS"),
        ]);
        var fees = Math.Round(_random.Money(80m, 400m), 2);
        var interest = Math.Round(2_150m * scale, 2);
        Entry("GJ", DayOf(month, 28), "Bank fees and loan interest", entity,
        [
            Line(entity, "6850", true, fees, "FIN"), Line(entity, "7000", true, interest, "FIN"),
            Line(entity, "1000", false, fees + interest, "FIN"),
        ]);
    }

    private decimal Jitter() => 0.95m + ((decimal)_random.NextDouble() * 0.1m);

    private void Entry(string journal, DateOnly date, string description, Record entity, IReadOnlyList<JournalLine> lines) =>
        _books.AddJournalEntry(journal, date, description, null, entity, "posted", lines, StampOf(date), GeneratorUser);

    /// <summary>Spreads a cost over the three departments against one credit account.</summary>
    private List<JournalLine> Spread(Record entity, string account, decimal amount, string creditAccount)
    {
        var lines = new List<JournalLine>();
        var total = 0m;
        foreach (var (department, share) in SharedCostSplit)
        {
            var part = Math.Round(amount * share, 2);
            lines.Add(Line(entity, account, true, part, department));
            total += part;
        }

        lines.Add(Line(entity, creditAccount, false, total, "FIN"));
        return lines;
    }

    private JournalLine Line(Record entity, string account, bool debit, decimal amount, string department) =>
        new(Get(SandboxObjects.Account, account), debit, amount, Get(SandboxObjects.Department, department), _books.MainLocation(entity));
}
