namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>The result of a connection check.</summary>
internal sealed record ConnectionOutput : ToolOutput
{
    /// <summary>Gets the company name.</summary>
    public required string Company { get; init; }

    /// <summary>Gets Sage's company ID from the token.</summary>
    public required string? CompanyId { get; init; }

    /// <summary>Gets the API user.</summary>
    public required string? UserId { get; init; }

    /// <summary>Gets the entity of the token, null at top level.</summary>
    public required string? EntityId { get; init; }

    /// <summary>Gets when the token expires.</summary>
    public required DateTimeOffset TokenExpiresAt { get; init; }

    /// <summary>Gets the object read as a probe.</summary>
    public required string Probe { get; init; }

    /// <summary>Gets its record count.</summary>
    public required int? ProbeCount { get; init; }

    /// <summary>Gets whether it is a sandbox company.</summary>
    public required bool IsSandbox { get; init; }
}
