namespace IntacctMcp.Tools.FreeText;

/// <summary>
/// Tools whose results hold no Sage text (they answer from this server's configuration) and so are not reviewed: the
/// composition names them, so that free text need not know the parts that add such tools.
/// </summary>
/// <param name="tools">The tool names.</param>
internal sealed class FreeTextExemptions(IEnumerable<string> tools)
{
    private readonly HashSet<string> _tools = new(tools, StringComparer.Ordinal);

    /// <summary>Gets whether a tool's results are left unreviewed.</summary>
    /// <param name="tool">The tool name.</param>
    /// <returns>True for an exempt tool.</returns>
    public bool Contains(string tool) => _tools.Contains(tool);
}
