using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;

namespace IntacctMcp.Tools.Querying;

/// <summary>Small helpers for building filters.</summary>
internal static class Filters
{
    /// <summary>Creates a filter with any operator.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="field">The field path.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter Of(IntacctFilterOperator op, string field, JsonNode? value) => new(op, field, value);

    /// <summary>Creates a date filter.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="field">The field path.</param>
    /// <param name="date">The date.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter Date(IntacctFilterOperator op, string field, DateOnly date) => new(op, field, ArgumentParser.Format(date));

    /// <summary>Creates a <c>$between</c> filter on dates.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter Between(string field, DateOnly from, DateOnly to) =>
        IntacctFilter.Between(field, ArgumentParser.Format(from), ArgumentParser.Format(to));

    /// <summary>Creates an <c>$eq</c> or <c>$in</c> filter from a comma-separated list.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="values">One value, or several comma-separated.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter EqualsAny(string field, string values)
    {
        var list = values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length == 1 ? IntacctFilter.Eq(field, list[0]) : IntacctFilter.In(field, list);
    }

    /// <summary>Matches a referenced record by its ID or its exact name, e.g. <c>vendor.id</c> or <c>vendor.name</c>.</summary>
    /// <param name="reference">The reference field, e.g. <c>vendor</c>.</param>
    /// <param name="idOrName">The ID or exact name.</param>
    /// <returns>The two alternatives.</returns>
    public static IntacctFilter[] IdOrName(string reference, string idOrName) =>
        [IntacctFilter.Eq(reference + ".id", idOrName), IntacctFilter.Eq(reference + ".name", idOrName)];
}
