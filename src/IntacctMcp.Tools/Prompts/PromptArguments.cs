using System.Globalization;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using ModelContextProtocol;

namespace IntacctMcp.Tools.Prompts;

/// <summary>
/// Reads prompt arguments, which MCP sends as strings: a bad one is an invalid-params error (<c>-32602</c>) naming the
/// argument and the accepted values, before anything reaches Sage.
/// </summary>
internal static class PromptArguments
{
    /// <summary>Reads a whole number within bounds.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="value">The value as sent.</param>
    /// <param name="fallback">The value when absent.</param>
    /// <param name="min">The least accepted.</param>
    /// <param name="max">The most accepted.</param>
    /// <returns>The number.</returns>
    public static int Days(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= min && days <= max
            ? days
            : throw Invalid(name, $"'{value}' is not a number of days; use a whole number from {min} to {max}, e.g. {fallback}.");
    }

    /// <summary>Reads an optional amount (at least zero, at most 2 decimals).</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="value">The value as sent.</param>
    /// <returns>The amount, or <see langword="null"/> when absent.</returns>
    public static decimal? Amount(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount.Scale <= 2
            ? amount
            : throw Invalid(name, $"'{value}' is not an amount; use a number of at least 0 with at most 2 decimals, e.g. 5000.");
    }

    /// <summary>Reads a period name, checked with <see cref="PeriodResolver"/>.</summary>
    /// <param name="periods">The resolver.</param>
    /// <param name="value">The value as sent.</param>
    /// <param name="fallback">The period when absent.</param>
    /// <returns>The name as the tools take it, and its dates.</returns>
    public static (string Name, DateRange Range) Period(PeriodResolver periods, string? value, string fallback)
    {
        var name = string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
        try
        {
            return (name, periods.Parse(name));
        }
        catch (ToolArgumentException)
        {
            throw Invalid("period", $"'{name}' is not a period; use {PeriodResolver.Accepted}.");
        }
    }

    /// <summary>Builds the invalid-params error for an argument.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="problem">What is wrong and what is accepted.</param>
    /// <returns>The exception to throw.</returns>
    public static McpProtocolException Invalid(string name, string problem) =>
        new($"Invalid argument '{name}': {problem}", McpErrorCode.InvalidParams);
}
