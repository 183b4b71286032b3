using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Reports;

/// <summary>
/// Computes a trial balance from posted journal entry lines: opening balance before the period, debit and credit
/// activity in it, and the ending balance. A location filter includes its child locations. Income statement accounts open at the fiscal year start (January 1);
/// earlier years' results sit in retained earnings, as after a year-end close. Debits always equal credits.
/// </summary>
internal static class TrialBalanceCalculator
{
    public const string RetainedEarnings = "3900";

    public static List<TrialBalanceRow> Compute(CompanyData data, DateOnly start, DateOnly end, string? locationId, string? departmentId)
    {
        var fiscalYearStart = new DateOnly(start.Year, 1, 1);
        var totals = new Dictionary<Record, (decimal Opening, decimal Debits, decimal Credits)>();
        var retained = data[SandboxObjects.Account].ById(RetainedEarnings)!;
        foreach (var line in data[SandboxObjects.JournalEntryLine].Records)
        {
            var entry = line.Get<Record>("journalEntry");
            if (entry["state"] as string != "posted")
            {
                continue;
            }

            var date = line.Get<DateOnly>("entryDate");
            if (date > end || !Matches(line, "dimensions.location", locationId) || !Matches(line, "dimensions.department", departmentId))
            {
                continue;
            }

            var account = line.Get<Record>("glAccount");
            var amount = line.Get<decimal>("txnAmount");
            var signed = line["txnType"] as string == "debit" ? amount : -amount;
            if (date < start)
            {
                var target = date < fiscalYearStart && account["accountType"] as string == "incomeStatement" ? retained : account;
                var current = totals.GetValueOrDefault(target);
                totals[target] = (current.Opening + signed, current.Debits, current.Credits);
            }
            else
            {
                var current = totals.GetValueOrDefault(account);
                totals[account] = signed > 0 ? (current.Opening, current.Debits + amount, current.Credits) : (current.Opening, current.Debits, current.Credits + amount);
            }
        }

        return [.. totals
            .Where(t => t.Value.Opening != 0 || t.Value.Debits != 0 || t.Value.Credits != 0)
            .Select(t => new TrialBalanceRow(t.Key, t.Value.Opening, t.Value.Debits, t.Value.Credits))
            .OrderBy(r => r.Account.Id, StringComparer.Ordinal)];
    }

    /// <summary>Whether a line's dimension is the given one or, as Sage's location hierarchy does, one of its children.</summary>
    private static bool Matches(Record line, string path, string? id)
    {
        if (id is null)
        {
            return true;
        }

        for (var value = line[path] as Record; value is not null; value = value["parent"] as Record)
        {
            if (string.Equals(value.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the debit side of a signed balance.</summary>
    public static decimal DebitSide(decimal balance) => balance > 0 ? balance : 0m;

    /// <summary>Gets the credit side of a signed balance.</summary>
    public static decimal CreditSide(decimal balance) => balance < 0 ? -balance : 0m;
}
