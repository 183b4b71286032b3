using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Objects;

/// <summary>Reads a batch write's <c>ia::result</c> array (200, 201 or 207) into one result per record, matched by position.</summary>
internal static class IntacctBatchReader
{
    /// <summary>Reads the per-item results.</summary>
    /// <param name="result">The <c>ia::result</c> node.</param>
    /// <param name="count">How many records were sent.</param>
    /// <returns>Exactly <paramref name="count"/> results in input order.</returns>
    public static IntacctBatchResult Read(JsonNode? result, int count)
    {
        var answers = result switch
        {
            JsonArray array => array,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => [],
        };

        var items = new List<IntacctBatchItemResult>(count);
        for (var index = 0; index < count; index++)
        {
            items.Add(index < answers.Count ? ReadItem(index, answers[index]) : Missing(index));
        }

        return new IntacctBatchResult(items);
    }

    private static IntacctBatchItemResult ReadItem(int index, JsonNode? node)
    {
        if (node is not JsonObject item)
        {
            return Missing(index);
        }

        // An item may be a bare reference, an error ({"ia::error":{…}}), or wrapped like a composite item.
        var isError = item["ia::error"] is JsonObject
            || (item["ia::result"] is JsonObject wrapped && wrapped["ia::error"] is JsonObject)
            || (item["key"] is null && (item["message"] is not null || item["errorId"] is not null));
        if (isError)
        {
            return new IntacctBatchItemResult(index, null, IntacctErrorMapper.Parse(item));
        }

        var reference = IntacctJson.Reference(item) ?? IntacctJson.Reference(item["ia::result"]);
        return reference is not null ? new IntacctBatchItemResult(index, reference, null) : Missing(index);
    }

    private static IntacctBatchItemResult Missing(int index) =>
        new(index, null, new IntacctApiError("missingResult", "Sage returned no result for this record.", null, null, []));
}
