namespace IntacctMcp.Tools.Dynamic;

/// <summary>The toolsets one session has enabled in dynamic mode; <c>context</c> is always on.</summary>
internal sealed class EnabledToolsets
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { IntacctToolsets.Context };

    /// <summary>Gets whether a toolset is enabled.</summary>
    /// <param name="toolset">The toolset name.</param>
    /// <returns>Whether its tools are listed and callable in this session.</returns>
    public bool Contains(string toolset)
    {
        lock (_names)
        {
            return _names.Contains(toolset);
        }
    }

    /// <summary>Enables a toolset.</summary>
    /// <param name="toolset">The toolset name.</param>
    /// <returns><see langword="true"/> when it was not enabled before.</returns>
    public bool Add(string toolset)
    {
        lock (_names)
        {
            return _names.Add(toolset);
        }
    }
}
