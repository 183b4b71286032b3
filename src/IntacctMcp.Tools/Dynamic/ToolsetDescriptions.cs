namespace IntacctMcp.Tools.Dynamic;

/// <summary>One line per toolset for <c>list_toolsets</c>: what a model should enable it for.</summary>
internal static class ToolsetDescriptions
{
    private static readonly Dictionary<string, string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        [IntacctToolsets.Context] = "Connection, companies, entities, object fields.",
        [IntacctToolsets.GeneralLedger] = "GL accounts, journal entries, summaries, trial balance.",
        [IntacctToolsets.AccountsPayable] = "Vendors, bills, AP payments, AP aging.",
        [IntacctToolsets.AccountsReceivable] = "Customers, invoices, AR payments, AR aging.",
        [IntacctToolsets.Query] = "Any object through Sage's query service.",
        [IntacctToolsets.Raw] = "Any other Sage REST endpoint.",

        // Issue 19's statements toolset, named here before its constant exists so that it arrives described.
        ["statements"] = "Income statement, balance sheet, budget variance, cash position, dimension values.",
    };

    /// <summary>Describes a toolset.</summary>
    /// <param name="toolset">The toolset name.</param>
    /// <returns>Its line, or <see langword="null"/> for a toolset not described here.</returns>
    public static string? For(string toolset) => Lines.GetValueOrDefault(toolset);
}
