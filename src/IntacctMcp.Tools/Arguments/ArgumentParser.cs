using System.Globalization;
using System.Text.RegularExpressions;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Arguments;

/// <summary>Parses the common list arguments (<c>fields</c>, <c>orderBy</c>, <c>pageSize</c>, <c>start</c>) and dates.</summary>
internal static partial class ArgumentParser
{
    /// <summary>The largest page a list tool returns.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Parses <c>fields</c>: comma-separated field paths, or the defaults when empty.</summary>
    /// <param name="fields">The argument.</param>
    /// <param name="defaults">The compact default columns.</param>
    /// <param name="argument">The argument name, for errors.</param>
    /// <returns>The field list.</returns>
    public static IReadOnlyList<string> Fields(string? fields, IReadOnlyList<string> defaults, string argument = "fields")
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return defaults;
        }

        var list = fields.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        foreach (var field in list)
        {
            if (!FieldPattern().IsMatch(field))
            {
                throw new ToolArgumentException(argument, $"'{field}' is not a field path; use names like id,name,vendor.id (comma-separated; aggregates like sum:txnAmount only in query).");
            }
        }

        return list;
    }

    /// <summary>Parses <c>orderBy</c>: <c>"field [asc|desc], field2 …"</c>.</summary>
    /// <param name="orderBy">The argument.</param>
    /// <param name="defaults">The default order.</param>
    /// <param name="argument">The argument name, for errors.</param>
    /// <returns>The sort keys.</returns>
    public static IReadOnlyList<IntacctOrderBy> OrderBy(string? orderBy, IReadOnlyList<IntacctOrderBy> defaults, string argument = "orderBy")
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return defaults;
        }

        var keys = new List<IntacctOrderBy>();
        foreach (var part in orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 2 || !FieldPattern().IsMatch(words[0]) || words[0].Contains(':', StringComparison.Ordinal))
            {
                throw new ToolArgumentException(argument, $"'{part}' is not a sort key; use \"field [asc|desc]\", comma-separated, e.g. \"totalDue desc, name\".");
            }

            var descending = words.Length == 2 && words[1].ToUpperInvariant() switch
            {
                "DESC" => true,
                "ASC" => false,
                _ => throw new ToolArgumentException(argument, $"'{words[1]}' is not a direction; use asc or desc."),
            };
            keys.Add(new IntacctOrderBy(words[0], descending));
        }

        return keys;
    }

    /// <summary>Checks a page size.</summary>
    /// <param name="pageSize">The argument.</param>
    /// <param name="argument">The argument name, for errors.</param>
    /// <returns>The page size.</returns>
    public static int PageSize(int pageSize, string argument = "pageSize") =>
        pageSize is >= 1 and <= MaxPageSize ? pageSize : throw new ToolArgumentException(argument, string.Create(CultureInfo.InvariantCulture, $"{pageSize} is out of range; use 1 to {MaxPageSize}."));

    /// <summary>Checks a 1-based start.</summary>
    /// <param name="start">The argument.</param>
    /// <returns>The start.</returns>
    public static int Start(int start) =>
        start >= 1 ? start : throw new ToolArgumentException("start", "use a 1-based row number (1 is the first row; pass a result's 'next' for the next page).");

    /// <summary>Parses a strict <c>yyyy-mm-dd</c> date.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="argument">The argument name, for errors.</param>
    /// <returns>The date, or <see langword="null"/> when empty.</returns>
    public static DateOnly? Date(string? value, string argument)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ToolArgumentException(argument, $"'{value}' is not a date; use yyyy-mm-dd, e.g. 2026-03-31.");
    }

    /// <summary>Formats a date as Sage wants it.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>yyyy-MM-dd</c>.</returns>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks a record ID argument (vendor ID, bill number …).</summary>
    /// <param name="value">The argument.</param>
    /// <param name="argument">The argument name, for errors.</param>
    /// <param name="example">An example value for the error.</param>
    /// <returns>The trimmed value.</returns>
    public static string Required(string? value, string argument, string example) =>
        string.IsNullOrWhiteSpace(value) ? throw new ToolArgumentException(argument, $"required; e.g. {example}.") : value.Trim();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_:.]*$")]
    private static partial Regex FieldPattern();
}
