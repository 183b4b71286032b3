using System.Globalization;
using System.Text.RegularExpressions;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Periods;

/// <summary>
/// Turns <c>period</c> or <c>startDate</c>/<c>endDate</c> into a date range relative to today (from
/// <see cref="TimeProvider"/>). The fiscal year is the calendar year.
/// </summary>
internal sealed partial class PeriodResolver(TimeProvider time)
{
    /// <summary>The accepted period names, for errors and descriptions.</summary>
    public const string Accepted = "this_month, last_month, this_quarter, last_quarter, ytd, last_year, Q1..Q4 (optionally with a year: \"Q1 2026\")";

    /// <summary>Gets today in the server's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>Resolves the date arguments of a tool.</summary>
    /// <param name="period">The <c>period</c> argument.</param>
    /// <param name="startDate">The <c>startDate</c> argument (yyyy-mm-dd).</param>
    /// <param name="endDate">The <c>endDate</c> argument (yyyy-mm-dd).</param>
    /// <returns>The range, or <see langword="null"/> when none was given.</returns>
    public DateRange? Resolve(string? period, string? startDate, string? endDate)
    {
        var start = ArgumentParser.Date(startDate, "startDate");
        var end = ArgumentParser.Date(endDate, "endDate");
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (start is not null || end is not null)
            {
                throw new ToolArgumentException("period", "give either period or startDate/endDate, not both.");
            }

            return Parse(period);
        }

        if (start is null && end is null)
        {
            return null;
        }

        if (start is null)
        {
            throw new ToolArgumentException("startDate", "required with endDate; use yyyy-mm-dd.");
        }

        var last = end ?? Today;
        return last < start
            ? throw new ToolArgumentException("endDate", "is before startDate; give an end on or after the start.")
            : new DateRange(start.Value, last, $"{ArgumentParser.Format(start.Value)}..{ArgumentParser.Format(last)}");
    }

    /// <summary>Parses a period name.</summary>
    /// <param name="period">The period, e.g. <c>last_month</c> or <c>Q1 2026</c>.</param>
    /// <returns>The range.</returns>
    public DateRange Parse(string period)
    {
        var today = Today;
        var name = period.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var thisQuarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        switch (name)
        {
            case "this_month":
                return new DateRange(thisMonth, thisMonth.AddMonths(1).AddDays(-1), "this month");
            case "last_month":
                return new DateRange(thisMonth.AddMonths(-1), thisMonth.AddDays(-1), "last month");
            case "this_quarter":
                return new DateRange(thisQuarter, thisQuarter.AddMonths(3).AddDays(-1), "this quarter");
            case "last_quarter":
                return new DateRange(thisQuarter.AddMonths(-3), thisQuarter.AddDays(-1), "last quarter");
            case "ytd":
                return new DateRange(new DateOnly(today.Year, 1, 1), today, "year to date");
            case "last_year":
                return new DateRange(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31), "last year");
        }

        var match = QuarterPattern().Match(name);
        if (!match.Success)
        {
            throw new ToolArgumentException("period", $"'{period}' is not a period; use {Accepted}, or startDate/endDate.");
        }

        var quarter = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new DateRange(first, first.AddMonths(3).AddDays(-1), string.Create(CultureInfo.InvariantCulture, $"Q{quarter} {year}"));
    }

    [GeneratedRegex(@"^(?:(?<y>\d{4})_?)?q(?<q>[1-4])(?:_?(?<y>\d{4}))?$")]
    private static partial Regex QuarterPattern();
}
