namespace IntacctMcp.Server.Auth;

/// <summary>One API key: its hash, never the key itself. Created with <c>intacct-mcp apikey create</c>.</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>Gets or sets the key's name (the caller's identity in logs and session binding).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the SHA-256 of the key, as hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Gets the scopes: <c>read</c> / <c>write</c> (or <c>intacct:read</c> / <c>intacct:write</c>).</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Gets the companies the key may use.</summary>
    /// <value>The default value is empty, meaning every configured company.</value>
    public IList<string> Companies { get; } = [];
}
