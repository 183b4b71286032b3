using System.Globalization;

namespace IntacctMcp.Tools.Completions;

/// <summary>The period names <c>PeriodResolver</c> accepts, as completion values: the relative names, then quarters of this year and last.</summary>
internal static class PeriodNames
{
    private static readonly string[] Relative = ["this_month", "last_month", "this_quarter", "last_quarter", "ytd", "last_year"];

    /// <summary>Lists the names for a year.</summary>
    /// <param name="today">Today, for the years of the quarters.</param>
    /// <returns>The names, relative ones first.</returns>
    public static IReadOnlyList<string> For(DateOnly today) =>
    [
        .. Relative,
        .. Enumerable.Range(1, 4).Select(q => string.Create(CultureInfo.InvariantCulture, $"Q{q} {today.Year}")),
        .. Enumerable.Range(1, 4).Select(q => string.Create(CultureInfo.InvariantCulture, $"Q{q} {today.Year - 1}")),
    ];
}
