using System.Globalization;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Periods;

internal sealed partial class PeriodResolver
{
    /// <summary>The accepted forms of an <c>asOf</c> argument, for errors.</summary>
    public const string AcceptedAsOf = "today, a date yyyy-mm-dd (not in the future), or a period whose end is meant: " + Accepted;

    /// <summary>Resolves an <c>asOf</c> argument: a date, or the end of a named period (never after today).</summary>
    /// <param name="asOf">The argument; blank means today.</param>
    /// <param name="argument">The argument's name, for errors.</param>
    /// <returns>The date, how it was asked for, and the period when one was named (a comparison shifts it).</returns>
    /// <remarks>
    /// An explicit future date, or a period that has not started, is refused: no balance exists there yet. A period that
    /// has not ended (this_month, ytd) means "so far", so its end is today.
    /// </remarks>
    public (DateOnly Date, string Label, DateRange? Period) AsOf(string? asOf, string argument = "asOf")
    {
        var today = Today;
        var text = asOf?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, "today", StringComparison.OrdinalIgnoreCase))
        {
            return (today, "today", null);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date > today
                ? throw new ToolArgumentException(argument, $"{text} is in the future (today is {ArgumentParser.Format(today)}); use {AcceptedAsOf}.")
                : (date, text, null);
        }

        DateRange range;
        try
        {
            range = Parse(text);
        }
        catch (ToolArgumentException)
        {
            throw new ToolArgumentException(argument, $"'{text}' is not a date or period; use {AcceptedAsOf}.");
        }

        if (range.Start > today)
        {
            throw new ToolArgumentException(argument, $"{range.Label} has not started yet; use {AcceptedAsOf}.");
        }

        if (range.End < today)
        {
            return (range.End, "end of " + range.Label, range);
        }

        return (today, range.Label.EndsWith("to date", StringComparison.Ordinal) ? range.Label : range.Label + " to date", range);
    }
}
