namespace IntacctMcp.Server.Credentials;

/// <summary>One company as written to <c>companies.json</c>: the username and the client secret are DataProtection payloads.</summary>
internal sealed record CompanyStoreEntry
{
    /// <summary>Gets the company name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the flow, if not the default (<c>client_credentials</c>).</summary>
    public string? Flow { get; init; }

    /// <summary>Gets the client ID (not secret).</summary>
    public string? ClientId { get; init; }

    /// <summary>Gets the protected username.</summary>
    public string? ProtectedUsername { get; init; }

    /// <summary>Gets the protected client secret.</summary>
    public string? ProtectedClientSecret { get; init; }

    /// <summary>Gets the default entity.</summary>
    public string? EntityId { get; init; }

    /// <summary>Gets the API base URL.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets the sustained request rate per minute.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Gets the burst size.</summary>
    public int? Burst { get; init; }

    /// <summary>Gets the concurrency cap.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Gets when the company was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
