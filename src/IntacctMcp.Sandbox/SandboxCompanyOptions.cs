namespace IntacctMcp.Sandbox;

/// <summary>An additional sandbox company, with its own credentials, data, limits and counters.</summary>
public sealed class SandboxCompanyOptions
{
    /// <summary>Gets or sets the company ID (the part after <c>@</c> in the username).</summary>
    public required string CompanyId { get; set; }

    /// <summary>Gets or sets the company's display name.</summary>
    /// <value>The default value is the company ID.</value>
    public string? CompanyName { get; set; }

    /// <summary>Gets or sets the client ID registered for this company.</summary>
    public required string ClientId { get; set; }

    /// <summary>Gets or sets the client secret.</summary>
    public required string ClientSecret { get; set; }

    /// <summary>Gets or sets the Web Services user ID.</summary>
    /// <value>The default value is <c>ai-api</c>.</value>
    public string UserId { get; set; } = SandboxDemo.UserId;

    /// <summary>Gets or sets the seed of the company's generated data.</summary>
    /// <value>The default value is <c>1</c>.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets the per-minute request limit; null uses <see cref="SandboxOptions.RequestsPerMinute"/>.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets the bucket's capacity; null uses <see cref="SandboxOptions.Burst"/> (whose null is the per-minute limit).</summary>
    public int? Burst { get; set; }

    /// <summary>Gets or sets the concurrent request limit; null uses <see cref="SandboxOptions.MaxConcurrentRequests"/>.</summary>
    public int? MaxConcurrentRequests { get; set; }

    /// <summary>Gets the client IDs authorized for the company; empty means only <see cref="ClientId"/>.</summary>
    public IList<string> AuthorizedClientIds { get; } = [];

    /// <summary>Gets or sets whether the company has the Web Services subscription; when false every token request fails with <c>invalid_grant</c>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WebServicesEnabled { get; set; } = true;

    /// <summary>Gets the regular users (people who sign in through the browser); empty means <c>jsmith</c> and <c>mlee</c>.</summary>
    public IList<string> RegularUserIds { get; } = [];
}
