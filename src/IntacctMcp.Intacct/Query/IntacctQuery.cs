using System.Globalization;
using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Query;

/// <summary>A request to the query service, <c>POST /services/core/query</c>.</summary>
public sealed record IntacctQuery
{
    /// <summary>The largest page the query service serves.</summary>
    public const int MaxSize = 4000;

    /// <summary>Gets the object, e.g. <c>accounts-payable/bill</c>.</summary>
    public required string Object { get; init; }

    /// <summary>Gets the fields: plain names, dotted reference paths (<c>vendor.id</c>), or aggregates (<c>sum:totalTxnAmountDue</c>).</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>Gets the filters; ANDed unless <see cref="FilterExpression"/> combines them.</summary>
    public IReadOnlyList<IntacctFilter> Filters { get; init; } = [];

    /// <summary>Gets the expression over 1-based filter positions, e.g. <c>(1 and 2) or 3</c>.</summary>
    public string? FilterExpression { get; init; }

    /// <summary>Gets the filter parameters.</summary>
    public IntacctFilterParameters? FilterParameters { get; init; }

    /// <summary>Gets the sort keys.</summary>
    public IReadOnlyList<IntacctOrderBy> OrderBy { get; init; } = [];

    /// <summary>Gets the 1-based start offset.</summary>
    public int? Start { get; init; }

    /// <summary>Gets the page size (1 to <see cref="MaxSize"/>).</summary>
    public int? Size { get; init; }

    /// <summary>Renders the query in Sage's wire form.</summary>
    /// <returns>The request body.</returns>
    public JsonObject ToJson()
    {
        var body = new JsonObject
        {
            ["object"] = Object,
            ["fields"] = new JsonArray([.. Fields.Select(f => (JsonNode?)JsonValue.Create(f))]),
        };
        if (Filters.Count > 0)
        {
            body["filters"] = new JsonArray([.. Filters.Select(f => (JsonNode?)f.ToJson())]);
        }

        if (!string.IsNullOrWhiteSpace(FilterExpression))
        {
            body["filterExpression"] = FilterExpression;
        }

        if (FilterParameters is { } p)
        {
            var parameters = new JsonObject();
            if (p.AsOfDate is { } asOf)
            {
                parameters["asOfDate"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (p.IncludeHierarchyFields is { } h)
            {
                parameters["includeHierarchyFields"] = h;
            }

            if (p.CaseSensitiveComparison is { } c)
            {
                parameters["caseSensitiveComparison"] = c;
            }

            if (p.IncludePrivate is { } i)
            {
                parameters["includePrivate"] = i;
            }

            body["filterParameters"] = parameters;
        }

        if (OrderBy.Count > 0)
        {
            body["orderBy"] = new JsonArray([.. OrderBy.Select(o => (JsonNode?)new JsonObject { [o.Field] = o.Descending ? "desc" : "asc" })]);
        }

        if (Start is { } start)
        {
            body["start"] = start;
        }

        if (Size is { } size)
        {
            body["size"] = size;
        }

        return body;
    }
}
