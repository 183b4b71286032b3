using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>One <c>orderBy</c> entry: a path over records, or a column index over aggregated rows.</summary>
internal sealed record SortKey(FieldPath? Path, int Column, bool Descending);
