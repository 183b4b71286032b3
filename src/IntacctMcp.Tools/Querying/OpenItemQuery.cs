using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Querying;

/// <summary>Builds the one query that answers a bills or invoices list, e.g. "open bills over 5,000 due in 30 days".</summary>
internal static class OpenItemQuery
{
    /// <summary>The states that count as open: posted or partially paid (not draft, paid or reversed).</summary>
    public static IReadOnlyList<string> OpenStates { get; } = ["posted", "partiallyPaid"];

    /// <summary>Checks each requested state against Sage's values (a typo would otherwise cost a call and answer "0 rows").</summary>
    /// <param name="spec">Bills or invoices.</param>
    /// <param name="states">One state or several, comma-separated, in any case.</param>
    /// <returns>The states in Sage's spelling, comma-separated.</returns>
    private static string KnownStates(OpenItemSpec spec, string states)
    {
        var canonical = new List<string>();
        foreach (var state in states.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = spec.States.FirstOrDefault(s => s.Equals(state, StringComparison.OrdinalIgnoreCase))
                ?? throw new ToolArgumentException("state", $"'{state}' is not a {spec.Object.Split('/')[1]} state; use one or more of {string.Join(", ", spec.States)} (comma-separated).");
            canonical.Add(known);
        }

        return string.Join(',', canonical);
    }

    /// <summary>Builds the filters.</summary>
    /// <param name="spec">Bills or invoices.</param>
    /// <param name="filter">The arguments.</param>
    /// <param name="today">Today.</param>
    /// <returns>The filters.</returns>
    public static FilterSet Filters(OpenItemSpec spec, OpenItemFilter filter, DateOnly today)
    {
        var set = new FilterSet();
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            set.And(Querying.Filters.EqualsAny("state", KnownStates(spec, filter.State)));
        }
        else if (filter.OpenOnly)
        {
            set.And(IntacctFilter.In("state", OpenStates));
        }

        if (filter.MinAmountDue is { } min)
        {
            if (min < 0)
            {
                throw new ToolArgumentException("minAmountDue", "must be 0 or more, a plain decimal such as 5000.");
            }

            set.And(Querying.Filters.Of(IntacctFilterOperator.Gt, "totalTxnAmountDue", JsonValue.Create(min)));
        }
        else if (filter.OpenOnly)
        {
            set.And(Querying.Filters.Of(IntacctFilterOperator.Gt, "totalTxnAmountDue", JsonValue.Create(0m)));
        }

        var from = filter.DueAfter;
        var to = filter.DueBefore;
        if (filter.DueWithinDays is { } days)
        {
            if (days is < 0 or > 3660)
            {
                throw new ToolArgumentException("dueWithinDays", string.Create(CultureInfo.InvariantCulture, $"{days} is out of range; use 0 to 3660 days from today."));
            }

            from = Max(from, today);
            to = Min(to, today.AddDays(days));
        }

        if (from is { } f && to is { } t)
        {
            set.And(Querying.Filters.Between("dueDate", f, t));
        }
        else if (from is { } onlyFrom)
        {
            set.And(Querying.Filters.Date(IntacctFilterOperator.Gte, "dueDate", onlyFrom));
        }
        else if (to is { } onlyTo)
        {
            set.And(Querying.Filters.Date(IntacctFilterOperator.Lte, "dueDate", onlyTo));
        }

        if (!string.IsNullOrWhiteSpace(filter.Party))
        {
            set.AndAny(Querying.Filters.IdOrName(spec.Party, filter.Party.Trim()));
        }

        return set;
    }

    private static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    private static DateOnly Min(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;
}
