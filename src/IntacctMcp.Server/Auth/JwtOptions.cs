namespace IntacctMcp.Server.Auth;

/// <summary>How JWT bearer tokens from an OAuth 2.1 authorization server are validated.</summary>
internal sealed class JwtOptions
{
    /// <summary>Gets or sets the authorization server (OpenID Connect discovery is used when no signing keys are given).</summary>
    public string? Authority { get; set; }

    /// <summary>Gets or sets the expected issuer.</summary>
    /// <value>The default value is <see langword="null"/>: the authority.</value>
    public string? Issuer { get; set; }

    /// <summary>Gets or sets the expected audience (this resource).</summary>
    public string? Audience { get; set; }

    /// <summary>Gets the signing keys: PEM public keys (RSA or EC) and/or base64 symmetric keys, for offline validation.</summary>
    public IList<string> SigningKeys { get; } = [];

    /// <summary>Gets or sets whether the authority's metadata must be fetched over HTTPS.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Gets the companies a token may use when it carries no <c>intacct_company</c> claim.</summary>
    /// <value>The default value is empty, meaning every configured company.</value>
    public IList<string> Companies { get; } = [];

    /// <summary>Gets whether JWT validation is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Audience) && (!string.IsNullOrWhiteSpace(Authority) || SigningKeys.Count > 0);
}
