using System.Text.Json;

namespace IntacctMcp.Server.Tests.Reliability.Load;

/// <summary>The reads the load phases make: a query and a typed list tool, alternately (both reach the sandbox).</summary>
internal static class LoadWorkload
{
    public static (string Tool, Dictionary<string, object?> Arguments) Call(int i) => (i % 2) switch
    {
        0 => ("query", new Dictionary<string, object?>
        {
            ["object"] = "accounts-payable/vendor",
            ["fields"] = JsonSerializer.SerializeToElement(new[] { "id", "name", "totalDue" }),
            ["size"] = 10,
        }),
        _ => ("list_vendors", new Dictionary<string, object?> { ["pageSize"] = 10 }),
    };
}
