using IntacctMcp.Sandbox;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Tests.Confirmation;

/// <summary>The bill the confirmation tests post, and how they count it in the sandbox's books (not from the result text).</summary>
internal static class ConfirmedBills
{
    /// <summary>The arguments of <c>create_bill</c> for a bill with this number.</summary>
    public static Dictionary<string, object?> Bill(string billNumber) => new()
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = 1250m,
        ["glAccount"] = "6100",
        ["billNumber"] = billNumber,
        ["billDate"] = "2026-12-01",
        ["dueDate"] = "2026-12-31",
    };

    /// <summary>How many bills with this number the sandbox holds.</summary>
    public static int Bills(SandboxServer sandbox, string billNumber) =>
        sandbox.ExportObjects("accounts-payable/bill").Count(b => (string?)b["billNumber"] == billNumber);

    /// <summary>A result's text content.</summary>
    public static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
