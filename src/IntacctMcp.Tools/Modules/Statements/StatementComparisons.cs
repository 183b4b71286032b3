using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>Parses <c>compare</c> and shifts ranges and dates to the compared one.</summary>
internal static class StatementComparisons
{
    /// <summary>Parses <c>compare</c>.</summary>
    /// <param name="compare">The argument.</param>
    /// <returns>The comparison.</returns>
    public static StatementComparison Parse(string? compare) => (compare ?? "none").Trim().ToLowerInvariant() switch
    {
        "none" or "" => StatementComparison.None,
        "prior_period" => StatementComparison.PriorPeriod,
        "prior_year" => StatementComparison.PriorYear,
        _ => throw new ToolArgumentException("compare", $"'{compare}' is not a comparison; use none, prior_period or prior_year."),
    };

    /// <summary>Gets the compared range: whole months shift by their number of months, other ranges by their length in days.</summary>
    /// <param name="range">The range.</param>
    /// <param name="comparison">The comparison (not <see cref="StatementComparison.None"/>).</param>
    /// <returns>The compared range.</returns>
    public static DateRange Shift(DateRange range, StatementComparison comparison)
    {
        if (comparison == StatementComparison.PriorYear)
        {
            var start = range.Start.AddYears(-1);
            var end = IsMonthEnd(range.End) ? MonthEnd(range.End.AddYears(-1)) : range.End.AddYears(-1);
            return Labelled(start, end, "prior year");
        }

        if (range.Start.Day == 1 && IsMonthEnd(range.End))
        {
            var months = ((range.End.Year - range.Start.Year) * 12) + range.End.Month - range.Start.Month + 1;
            return Labelled(range.Start.AddMonths(-months), range.Start.AddDays(-1), "prior period");
        }

        var days = range.End.DayNumber - range.Start.DayNumber + 1;
        return Labelled(range.Start.AddDays(-days), range.Start.AddDays(-1), "prior period");
    }

    private static bool IsMonthEnd(DateOnly date) => date.AddDays(1).Day == 1;

    private static DateOnly MonthEnd(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1);

    private static DateRange Labelled(DateOnly start, DateOnly end, string label) =>
        new(start, end, $"{label} {ArgumentParser.Format(start)}..{ArgumentParser.Format(end)}");
}
