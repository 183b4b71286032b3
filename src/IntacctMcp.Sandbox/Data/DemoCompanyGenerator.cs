using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

/// <summary>
/// Builds a demo company from a seed and "today": twelve months of GL activity across three departments and two
/// entities, vendors with bills in every state, customers with invoices, and the payments that explain paid amounts.
/// The same seed and date always give the same records, keys included.
/// </summary>
internal sealed partial class DemoCompanyGenerator
{
    /// <summary>The user recorded in the audit stamp of generated records.</summary>
    public const string GeneratorUser = "Admin";

    private readonly Books _books;
    private readonly SeededRandom _random;
    private readonly DateOnly _today;
    private readonly DateOnly _start;
    private readonly HashSet<string> _documentNumbers = new(StringComparer.Ordinal);

    private DemoCompanyGenerator(CompanyData data, int seed)
    {
        _books = new Books(data);
        _random = new SeededRandom(seed);
        _today = data.Today;
        _start = new DateOnly(_today.Year, _today.Month, 1).AddMonths(-11);
    }

    /// <summary>Gets the first day of the twelve-month window of generated activity.</summary>
    public static DateOnly WindowStart(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-11);

    /// <summary>Generates a company; the returned books keep the indexes built while generating.</summary>
    public static Books Generate(int seed, DateOnly today)
    {
        var data = new CompanyData(today);
        var generator = new DemoCompanyGenerator(data, seed);
        generator.AddMasterData();
        generator.AddBankingAndDimensions();
        generator.AddOpeningBalances();
        generator.AddMonthlyJournalEntries();
        generator.AddBills();
        generator.AddInvoices();
        generator._books.RecalculateAllParties();
        generator.AddBudget();
        return generator._books;
    }

    private static DateTimeOffset StampOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);

    private Record Get(string objectName, string id) => _books.Find(objectName, id);

    private Record Add(string objectName, DateOnly date, Action<Record> fill) => _books.Add(objectName, fill, StampOf(date), GeneratorUser);

    private DateOnly Clamp(DateOnly date) => date > _today ? _today : date;

    /// <summary>Pays a bill or invoice (in full or in part) with one posted payment, and brings the document's amounts up to date.</summary>
    private void AddPayment(PaymentShape shape, Record party, DateOnly date, Record document, decimal paid, Record entity)
    {
        var parts = shape.Parts;
        var payment = Add(parts.Object, date, p =>
        {
            p[parts.Party] = party;
            p[parts.Date] = date;
            if (parts.IsAp)
            {
                p["paymentDate"] = date;
                p["txnDate"] = date;
                p["baseCurrency.totalAmount"] = paid;
            }

            p["paymentMethod"] = _random.Pick(shape.Methods);
            p["state"] = parts.IsAp ? "confirmed" : "complete";
            p["financialEntity.entityId"] = "BOA-CHK";
            p[PaymentParts.Total] = paid;
            p["entity"] = entity;
        });
        _books.AddLine(payment, parts.List, d =>
        {
            d[parts.Document] = document;
            d[PaymentParts.DetailAmount] = paid;
        }, StampOf(date), GeneratorUser);
        _books.PostPayment(payment, StampOf(date), GeneratorUser);
        _books.RecalculateDocument(document);
    }

    /// <summary>Gets a day of a month, clamped to the month's length and to today.</summary>
    private DateOnly DayOf(DateOnly month, int day) =>
        Clamp(new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month))));

    private DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    private string UniqueNumber(string prefix)
    {
        while (true)
        {
            var number = prefix + _random.Between(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_documentNumbers.Add(number))
            {
                return number;
            }
        }
    }

    /// <summary>Splits an amount into 1–3 line amounts that sum to it exactly.</summary>
    private List<decimal> Split(decimal amount)
    {
        var count = amount < 500m ? 1 : _random.Between(1, 3);
        var parts = new List<decimal>();
        var remaining = amount;
        for (var i = 0; i < count - 1; i++)
        {
            var share = Math.Round(amount * (decimal)(0.2 + (_random.NextDouble() * 0.3)), 2);
            parts.Add(share);
            remaining -= share;
        }

        parts.Add(remaining);
        return parts;
    }
}
