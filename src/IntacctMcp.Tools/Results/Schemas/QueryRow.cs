using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A query row: whatever fields were asked for.</summary>
[Description("Keyed by the field paths asked for; decimals and sum/avg are strings, count a number.")]
internal sealed record QueryRow;
