namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An entity of a multi-entity company.</summary>
internal sealed record EntityRow
{
    /// <summary>Gets the entity ID (the entity argument).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public required string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    public required string? Status { get; init; }
}
