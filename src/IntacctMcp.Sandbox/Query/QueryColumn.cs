using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>A requested field: the row key (exactly as requested), its path and aggregate.</summary>
internal sealed record QueryColumn(string Name, FieldPath Path, AggregateKind Aggregate);
