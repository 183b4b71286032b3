using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>A validated, compiled query.</summary>
internal sealed class QueryPlan
{
    public required ObjectDef Object { get; init; }

    public required IReadOnlyList<QueryColumn> Columns { get; init; }

    public Func<Record, bool>? Filter { get; init; }

    public required IReadOnlyList<SortKey> OrderBy { get; init; }

    public int Start { get; init; } = 1;

    public int Size { get; init; } = 100;

    public bool Aggregated { get; init; }
}
