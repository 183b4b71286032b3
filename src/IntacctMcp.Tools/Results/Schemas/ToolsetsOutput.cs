namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The structured content of <c>list_toolsets</c>.</summary>
/// <remarks>
/// Not a <see cref="ListOutput{TRow}"/> and not a <see cref="ToolOutput"/>: a handful of rows from this server's own
/// configuration is never paged or cut, and holds no Sage text to flag (the free-text review skips the discovery tools),
/// so the schema leaves those members out, as bytes every dynamic-mode session pays for.
/// </remarks>
internal sealed record ToolsetsOutput
{
    /// <summary>Gets the toolsets this server offers.</summary>
    public required IReadOnlyList<ToolsetRow> Toolsets { get; init; }
}
