namespace IntacctMcp.Sandbox.Query;

/// <summary>The query service's relative date macros, resolved to inclusive date ranges (weeks start on Monday).</summary>
internal static class DateMacros
{
    public static bool TryResolve(string macro, DateOnly today, out DateOnly from, out DateOnly to)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var quarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        (from, to) = macro switch
        {
            "today" => (today, today),
            "yesterday" => (today.AddDays(-1), today.AddDays(-1)),
            "currentWeek" => (weekStart, weekStart.AddDays(6)),
            "lastWeek" => (weekStart.AddDays(-7), weekStart.AddDays(-1)),
            "currentMonth" => (monthStart, monthStart.AddMonths(1).AddDays(-1)),
            "priorMonth" => (monthStart.AddMonths(-1), monthStart.AddDays(-1)),
            "currentQuarter" => (quarterStart, quarterStart.AddMonths(3).AddDays(-1)),
            "priorQuarter" => (quarterStart.AddMonths(-3), quarterStart.AddDays(-1)),
            "currentYear" => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            "priorYear" => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            _ => (default(DateOnly), default(DateOnly)),
        };
        return from != default;
    }
}
