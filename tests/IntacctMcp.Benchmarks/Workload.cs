using System.Text.Json.Nodes;

namespace IntacctMcp.Benchmarks;

/// <summary>The query measured everywhere: open bills, 25 rows, soonest due first.</summary>
internal static class Workload
{
    public static JsonObject SageQuery() => new()
    {
        ["object"] = "accounts-payable/bill",
        ["fields"] = new JsonArray("key", "id", "billNumber", "vendor.id", "vendor.name", "totalTxnAmountDue", "dueDate", "state"),
        ["filters"] = new JsonArray(new JsonObject { ["$in"] = new JsonObject { ["state"] = new JsonArray("posted", "partiallyPaid") } }),
        ["orderBy"] = new JsonArray(new JsonObject { ["dueDate"] = "asc" }),
        ["start"] = 1,
        ["size"] = 25,
    };

    /// <summary>The same query as arguments of the <c>query</c> tool.</summary>
    public static Dictionary<string, object?> QueryToolArguments()
    {
        var query = SageQuery();
        return new Dictionary<string, object?>
        {
            ["object"] = query["object"]!.GetValue<string>(),
            ["fields"] = query["fields"],
            ["filters"] = query["filters"],
            ["orderBy"] = query["orderBy"],
            ["start"] = 1,
            ["size"] = 25,
        };
    }
}
