namespace IntacctMcp.Intacct.Query;

/// <summary>One sort key of a query, sent as <c>{ "field": "asc" | "desc" }</c>.</summary>
/// <param name="Field">The field path.</param>
/// <param name="Descending">Whether to sort descending.</param>
public sealed record IntacctOrderBy(string Field, bool Descending = false);
