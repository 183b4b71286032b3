namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A toolset as <c>list_toolsets</c> shows it.</summary>
internal sealed record ToolsetRow
{
    /// <summary>Gets the name (the toolset argument of <c>enable_toolset</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets what its tools are for.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the tools it offers this caller.</summary>
    public required IReadOnlyList<string> Tools { get; init; }

    /// <summary>Gets whether it is enabled in this session.</summary>
    public required bool Enabled { get; init; }
}
