using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A query row: whatever fields were asked for.</summary>
[Description("Keyed by the field paths asked for, aggregates as sum:field.")]
internal sealed record QueryRow;
