namespace IntacctMcp.Tools.Periods;

/// <summary>An inclusive date range.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Label">How the range was asked for, e.g. <c>Q1 2026</c>.</param>
internal sealed record DateRange(DateOnly Start, DateOnly End, string Label);
