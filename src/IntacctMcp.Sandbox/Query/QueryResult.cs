using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>One page of query rows (values in column order) and the total number of rows.</summary>
internal sealed record QueryResult(IReadOnlyList<object?[]> Rows, int TotalCount, IReadOnlyList<FieldKind> Kinds);
