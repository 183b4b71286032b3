using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>Finds one record by a human identifier and returns it in full (with owned lists such as lines).</summary>
internal static class RecordLookup
{
    /// <summary>Finds a document by number or ID with one query, then gets it by key.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="objectName">The object.</param>
    /// <param name="numberField">The number field, e.g. <c>billNumber</c>.</param>
    /// <param name="value">The number or ID.</param>
    /// <param name="noun">What the record is called.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public static async Task<CallToolResult> ByNumberAsync(ToolCall call, string objectName, string numberField, string value, string noun, CancellationToken cancellationToken)
    {
        var set = new FilterSet().AndAny([.. new[] { numberField, "id" }.Distinct(StringComparer.Ordinal).Select(f => IntacctFilter.Eq(f, value))]);
        var query = new IntacctQuery { Object = objectName, Fields = ["key", "id", numberField], Filters = set.Filters, FilterExpression = set.Expression, Start = 1, Size = 100 };
        var page = await call.Client.QueryAsync(query, call.Request, cancellationToken);
        if (page.Items.Count == 0)
        {
            throw new ToolNotFoundException($"No {noun} with {numberField} or ID '{value}' in company '{call.Company}'{(call.Request.Entity is { } e ? $" (entity {e})" : string.Empty)}. List them with the list tool to find the number.");
        }

        // The ID is unique; a number need not be (a journal entry's txnNumber restarts per journal), so an ID match wins.
        var pick = Single(page.Items, "id", value) ?? Single(page.Items, numberField, value) ?? (page.Items.Count == 1 ? page.Items[0] : null);
        if (pick is null)
        {
            var keys = string.Join(", ", page.Items.Take(10).Select(r => $"id {Rows.Text(r, "id")} ({numberField} {Rows.Text(r, numberField)})"));
            throw new ToolArgumentException(numberField, $"'{value}' matches {page.Items.Count} records ({noun}): {keys}. Pass the ID.");
        }

        return await ByKeyAsync(call, objectName, Rows.Text(pick, "key")!, $"{noun} {value}", cancellationToken);
    }

    /// <summary>Resolves a cached reference record (vendor, customer, account) by ID or exact name and gets it in full.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="cache">The reference cache.</param>
    /// <param name="kind">The list.</param>
    /// <param name="value">The ID or exact name.</param>
    /// <param name="argument">The argument name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public static async Task<CallToolResult> ByReferenceAsync(ToolCall call, ReferenceDataCache cache, ReferenceKind kind, string value, string argument, CancellationToken cancellationToken)
    {
        var row = await cache.ResolveAsync(call, kind, value, argument, cancellationToken);
        return await ByKeyAsync(call, kind.Object, Rows.Text(row, "key")!, $"{kind.Noun} {Rows.Text(row, "id")}", cancellationToken);
    }

    private static JsonObject? Single(IReadOnlyList<JsonObject> rows, string field, string value)
    {
        var matches = rows.Where(r => string.Equals(Rows.Text(r, field), value, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static async Task<CallToolResult> ByKeyAsync(ToolCall call, string objectName, string key, string title, CancellationToken cancellationToken)
    {
        JsonObject record = await call.Client.GetObjectAsync(objectName, key, call.Request, cancellationToken);
        return ToolResults.Object($"{char.ToUpperInvariant(title[0])}{title[1..]} (key {key}); decimals are strings:", record, call.Budget);
    }
}
