namespace IntacctMcp.Tools.FreeText;

/// <summary>Which result fields are memo or description text (left out when <c>Tools:FreeText</c> is <c>omit</c>).</summary>
/// <remarks>
/// Names (vendor, customer, account) stay even then: they identify records and answers need them. They are still
/// scanned, as every string value of a result is.
/// </remarks>
internal static class FreeTextFields
{
    private static readonly string[] Exact = ["description", "memo", "notes", "comment", "comments"];

    private static readonly string[] Suffixes = ["Description", "Memo", "Notes", "Comments"];

    /// <summary>Whether a field is memo or description text.</summary>
    /// <param name="name">The field's own name (the last segment of its path), e.g. <c>memo</c> or <c>description</c>.</param>
    /// <returns><see langword="true"/> for memo and description fields.</returns>
    public static bool IsMemo(string name) =>
        Exact.Contains(name, StringComparer.OrdinalIgnoreCase)
        || Suffixes.Any(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>Gets the last segment of a dotted field path (<c>vendor.name</c> gives <c>name</c>).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The last segment.</returns>
    public static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];
}
