using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Query;

/// <summary>One filter of a query, sent as <c>{ "$op": { "field": value } }</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Field">The field path, e.g. <c>vendor.id</c>.</param>
/// <param name="Value">The value: a string, number, boolean, date macro, or an array for the array-valued operators.</param>
public sealed record IntacctFilter(IntacctFilterOperator Operator, string Field, JsonNode? Value)
{
    /// <summary>Creates an <c>$eq</c> filter.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter Eq(string field, JsonNode? value) => new(IntacctFilterOperator.Eq, field, value);

    /// <summary>Creates an <c>$in</c> filter.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter In(string field, IEnumerable<string> values) =>
        new(IntacctFilterOperator.In, field, new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]));

    /// <summary>Creates a <c>$between</c> filter.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="from">The inclusive lower bound.</param>
    /// <param name="to">The inclusive upper bound.</param>
    /// <returns>The filter.</returns>
    public static IntacctFilter Between(string field, JsonNode from, JsonNode to) =>
        new(IntacctFilterOperator.Between, field, new JsonArray(from, to));

    /// <summary>Renders the filter in Sage's wire form.</summary>
    /// <returns><c>{ "$op": { "field": value } }</c>.</returns>
    public JsonObject ToJson() =>
        new() { [IntacctFilterOperators.ToWire(Operator)] = new JsonObject { [Field] = Value?.DeepClone() } };
}
