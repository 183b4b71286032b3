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
        var (date, _, period) = periods.AsOf(asOf);
        return new(date, period);
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
