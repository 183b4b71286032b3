using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.EndToEnd;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>Reads of the sandbox's exported records, for expectations computed without its query engine.</summary>
internal static class SandboxData
{
    public static string? Ref(JsonObject record, string reference, string field = "id") => (string?)record[reference]?[field];

    public static bool IsOpen(JsonObject document) =>
        (string?)document["state"] is "posted" or "partiallyPaid" && FiveQuestions.Money(document["totalTxnAmountDue"]) > 0;

    public static List<string> Ids(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    /// <summary>The aging bucket of an open item: 0 current, 1 = 1-30 days past due, … 4 = over 90.</summary>
    public static int Bucket(DateOnly today, DateOnly due) => (today.DayNumber - due.DayNumber) switch
    {
        <= 0 => 0,
        <= 30 => 1,
        <= 60 => 2,
        <= 90 => 3,
        _ => 4,
    };
}
