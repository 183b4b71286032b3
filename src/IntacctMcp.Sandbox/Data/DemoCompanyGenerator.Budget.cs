using System.Globalization;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    /// <summary>The default budget's ID; Sage advises leaving the year out so later periods join the same budget.</summary>
    public const string DefaultBudget = "Std_Budget";

    /// <summary>
    /// Monthly reporting periods for the current fiscal (calendar) year, and the default budget: one amount per
    /// income-statement account, department and month, near the account's average month in the generated ledger.
    /// </summary>
    /// <remarks>
    /// Amounts are positive in the account's normal-balance direction (revenue budgets credits, expenses debits); the
    /// reference leaves Sage's sign open (§9.3). Generated last, so the ledger is the same with or without it.
    /// </remarks>
    private void AddBudget()
    {
        var day = _start.AddDays(-30);
        var year = _today.Year;
        var periods = new List<Record>();
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            var header = first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            periods.Add(Add(SandboxObjects.ReportingPeriod, day, r =>
            {
                r["id"] = "Month Ended " + header;
                r["columnHeader1"] = header;
                r["startDate"] = first;
                r["endDate"] = first.AddMonths(1).AddDays(-1);
                r["isBudgetable"] = true;
                r["reportingPeriodType"] = "standard";
                r["status"] = "active";
            }));
        }

        var budget = Add(SandboxObjects.Budget, day, r =>
        {
            r["id"] = DefaultBudget;
            r["description"] = "Operating budget";
            r["isDefault"] = true;
            r["status"] = "active";
            r["consolidateAmounts"] = false;
            r["systemGenerated"] = "false";
            r["submitterName"] = GeneratorUser;
        });
        foreach (var ((account, department), monthly) in AverageMonths())
        {
            foreach (var period in periods)
            {
                var amount = Math.Round(monthly * (0.9m + ((decimal)_random.NextDouble() * 0.2m)) / 10m) * 10m;
                _books.AddLine(budget, "lines", d =>
                {
                    d["glAccount"] = account;
                    d["dimensions.department"] = department;
                    d["reportingPeriod"] = period;
                    d["amount"] = amount;
                    d["currency.txnCurrency"] = "USD";
                }, StampOf(day), GeneratorUser);
            }
        }
    }

    /// <summary>The average month of each income-statement account and department over the window, in its normal-balance direction.</summary>
    private SortedDictionary<(Record Account, Record Department), decimal> AverageMonths()
    {
        var totals = new SortedDictionary<(Record Account, Record Department), decimal>(
            Comparer<(Record Account, Record Department)>.Create((a, b) => a.Account.Key != b.Account.Key ? a.Account.Key.CompareTo(b.Account.Key) : a.Department.Key.CompareTo(b.Department.Key)));
        foreach (var line in _books.Data[SandboxObjects.JournalEntryLine].Records)
        {
            var account = line.Get<Record>("glAccount");
            if (account["accountType"] as string != "incomeStatement" || line.Get<Record>("journalEntry")["state"] as string != "posted"
                || line["dimensions.department"] is not Record department)
            {
                continue;
            }

            var amount = line.Get<decimal>("txnAmount");
            var normal = (line["txnType"] as string == "debit") == (account["normalBalance"] as string == "debit");
            totals[(account, department)] = totals.GetValueOrDefault((account, department)) + (normal ? amount : -amount);
        }

        foreach (var key in totals.Keys.ToList())
        {
            totals[key] = Math.Round(totals[key] / 12m, 2);
        }

        return totals;
    }
}
