namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The structured content of <c>enable_toolset</c>.</summary>
/// <remarks>Not a <see cref="ToolOutput"/>: it holds no Sage text to flag (see <see cref="ToolsetsOutput"/>).</remarks>
internal sealed record ToolsetEnabledOutput
{
    /// <summary>Gets the toolset's name.</summary>
    public required string Toolset { get; init; }

    /// <summary>Gets the tools it adds to tools/list.</summary>
    public required IReadOnlyList<string> Tools { get; init; }

    /// <summary>Gets whether it was enabled before this call (then nothing changed and no notification was sent).</summary>
    public required bool AlreadyEnabled { get; init; }
}
