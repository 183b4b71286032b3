using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>The date of a balance sheet: a day, or the end of a named period (never after today).</summary>
/// <param name="Date">The day.</param>
/// <param name="Period">The period whose end it is, when <c>asOf</c> named one.</param>
internal sealed record BalanceSheetDate(DateOnly Date, DateRange? Period)
{
    /// <summary>Resolves <c>asOf</c>.</summary>
    /// <param name="asOf">The argument: yyyy-mm-dd, a period name, or nothing for today.</param>
    /// <param name="periods">The period resolver (today).</param>
    /// <returns>The date.</returns>
    public static BalanceSheetDate Resolve(string? asOf, PeriodResolver periods)
    {
        var today = periods.Today;
        if (string.IsNullOrWhiteSpace(asOf))
        {
            return new(today, null);
        }

        if (asOf.Trim().Length == 10 && char.IsDigit(asOf.Trim()[0]))
        {
            var date = ArgumentParser.Date(asOf, "asOf")!.Value;
            return date > today
                ? throw new ToolArgumentException("asOf", $"{ArgumentParser.Format(date)} is after today ({ArgumentParser.Format(today)}); use a date up to today or a period: {PeriodResolver.Accepted}.")
                : new(date, null);
        }

        DateRange range;
        try
        {
            range = periods.Parse(asOf);
        }
        catch (ToolArgumentException)
        {
            throw new ToolArgumentException("asOf", $"'{asOf}' is neither a date nor a period; use yyyy-mm-dd or {PeriodResolver.Accepted}.");
        }

        if (range.Start > today)
        {
            throw new ToolArgumentException("asOf", $"{range.Label} has not started yet; use a date up to today or a past period.");
        }

        // A period still running (this_month, Q4 of this year) ends, for a balance sheet, today.
        return new(range.End > today ? today : range.End, range);
    }

    /// <summary>Gets the compared date: a year earlier, or the end of the period before (the month before for a date).</summary>
    /// <param name="comparison">The comparison (not <see cref="StatementComparison.None"/>).</param>
    /// <returns>The compared date.</returns>
    public DateOnly Shift(StatementComparison comparison) => comparison switch
    {
        StatementComparison.PriorYear => Date.AddDays(1).Day == 1 ? new DateOnly(Date.Year - 1, Date.Month, 1).AddMonths(1).AddDays(-1) : Date.AddYears(-1),
        _ when Period is { } period => StatementComparisons.Shift(period, comparison).End,
        _ => new DateOnly(Date.Year, Date.Month, 1).AddDays(-1),
    };
}
