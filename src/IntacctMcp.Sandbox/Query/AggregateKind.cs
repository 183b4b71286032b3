namespace IntacctMcp.Sandbox.Query;

/// <summary>The aggregate functions of a query field (<c>count:</c>, <c>sum:</c>, …).</summary>
internal enum AggregateKind
{
    None,
    Count,
    Sum,
    Avg,
    Min,
    Max,
}
