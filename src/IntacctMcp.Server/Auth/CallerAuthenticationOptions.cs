namespace IntacctMcp.Server.Auth;

/// <summary>
/// Who may call the MCP endpoint: API keys and the OAuth 2.1 resource server, bound from the <c>Http</c> section
/// (<c>Http:ApiKeys</c>, <c>Http:Jwt</c>, <c>Http:ResourceUrl</c>).
/// </summary>
internal sealed class CallerAuthenticationOptions
{
    /// <summary>Gets the API keys (hashes only).</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = [];

    /// <summary>Gets or sets the OAuth 2.1 resource-server settings.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Gets or sets this resource's public URL for the protected-resource metadata.</summary>
    /// <value>The default value is <see langword="null"/>: the request's scheme, host and MCP path.</value>
    public string? ResourceUrl { get; set; }

    /// <summary>Gets whether any authentication is configured.</summary>
    public bool IsConfigured => ApiKeys.Count > 0 || Jwt.IsConfigured;
}
