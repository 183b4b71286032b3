using System.Globalization;
using IntacctMcp.Intacct.Query;

namespace IntacctMcp.Tools.Querying;

/// <summary>Collects query filters that are ANDed, where a clause may be an OR of several filters, and renders Sage's <c>filterExpression</c>.</summary>
internal sealed class FilterSet
{
    private readonly List<IntacctFilter> _filters = [];
    private readonly List<string> _clauses = [];
    private bool _hasOr;

    /// <summary>Adds a filter ANDed with the others.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This set.</returns>
    public FilterSet And(IntacctFilter filter)
    {
        _filters.Add(filter);
        _clauses.Add(_filters.Count.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a clause that holds when any of the filters holds.</summary>
    /// <param name="filters">The alternatives.</param>
    /// <returns>This set.</returns>
    public FilterSet AndAny(params IntacctFilter[] filters)
    {
        if (filters.Length == 1)
        {
            return And(filters[0]);
        }

        var positions = new List<string>();
        foreach (var filter in filters)
        {
            _filters.Add(filter);
            positions.Add(_filters.Count.ToString(CultureInfo.InvariantCulture));
        }

        _clauses.Add("(" + string.Join(" or ", positions) + ")");
        _hasOr = true;
        return this;
    }

    /// <summary>Gets the filters.</summary>
    public IReadOnlyList<IntacctFilter> Filters => _filters;

    /// <summary>Gets the expression, or <see langword="null"/> when all filters are simply ANDed.</summary>
    public string? Expression => _hasOr ? string.Join(" and ", _clauses) : null;
}
