namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The structured content of every list tool.</summary>
/// <typeparam name="TRow">The row shape.</typeparam>
internal sealed record ListOutput<TRow> : ToolOutput
{
    /// <summary>Gets the rows.</summary>
    public required IReadOnlyList<TRow> Items { get; init; }

    /// <summary>Gets the rows matching in all, when known.</summary>
    public required int? TotalCount { get; init; }

    /// <summary>Gets the <c>start</c> of the next page, or null.</summary>
    public required int? Next { get; init; }

    /// <summary>Gets whether rows were cut to fit the response budget.</summary>
    public required bool Truncated { get; init; }

    /// <summary>Gets what was cut; present only when truncated.</summary>
    public string Note { get; init; } = string.Empty;
}
