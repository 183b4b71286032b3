namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>One value of a dimension (a department, a project, …).</summary>
internal sealed record DimensionValueRow
{
    /// <summary>Gets the ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public required string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the parent's ID, for dimensions with a hierarchy.</summary>
    public string? Parent { get; init; }
}
