namespace IntacctMcp.Tools.Querying;

/// <summary>The filter arguments of <c>list_bills</c> / <c>list_invoices</c>.</summary>
/// <param name="OpenOnly">Only posted or partially paid items with an amount due.</param>
/// <param name="MinAmountDue">Only items whose amount due exceeds this.</param>
/// <param name="DueWithinDays">Only items due from today through today + N.</param>
/// <param name="DueBefore">Only items due on or before this day.</param>
/// <param name="DueAfter">Only items due on or after this day.</param>
/// <param name="State">One state or several, comma-separated.</param>
/// <param name="Party">The vendor or customer ID or exact name.</param>
internal sealed record OpenItemFilter(bool OpenOnly, decimal? MinAmountDue, int? DueWithinDays, DateOnly? DueBefore, DateOnly? DueAfter, string? State, string? Party);
