using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;

namespace IntacctMcp.Tools.Tests.Toolsets;

/// <summary>Reference rows the fake client serves.</summary>
internal static class FakeData
{
    public static IReadOnlyList<JsonObject> Answer(IntacctQuery query) => query.Object switch
    {
        "accounts-payable/vendor" =>
        [
            new JsonObject { ["key"] = "11", ["id"] = "V1001", ["name"] = "Acme Maintenance", ["status"] = "active", ["term.id"] = "N15" },
            new JsonObject { ["key"] = "12", ["id"] = "V1002", ["name"] = "Twin Supply", ["status"] = "active" },
            new JsonObject { ["key"] = "13", ["id"] = "V1003", ["name"] = "Twin Supply", ["status"] = "active" },
        ],
        "general-ledger/account" =>
        [
            new JsonObject { ["key"] = "1", ["id"] = "6100", ["name"] = "Repairs & Maintenance", ["status"] = "active" },
            new JsonObject { ["key"] = "2", ["id"] = "2000", ["name"] = "Accounts Payable", ["status"] = "active" },
            new JsonObject { ["key"] = "3", ["id"] = "6900", ["name"] = "Old", ["status"] = "inactive" },
        ],
        _ => [],
    };
}
