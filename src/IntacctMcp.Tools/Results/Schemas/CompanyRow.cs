namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A configured Sage company.</summary>
internal sealed record CompanyRow
{
    /// <summary>Gets the name (the company argument).</summary>
    public required string Name { get; init; }

    /// <summary>Gets Sage's company ID.</summary>
    public required string? CompanyId { get; init; }

    /// <summary>Gets the API user.</summary>
    public required string? UserId { get; init; }

    /// <summary>Gets the entity the company is pinned to, if any.</summary>
    public required string? EntityId { get; init; }

    /// <summary>Gets whether it is a sandbox company.</summary>
    public required bool IsSandbox { get; init; }

    /// <summary>Gets whether it is the default company.</summary>
    public required bool IsDefault { get; init; }
}
