namespace IntacctMcp.Server.Replicas;

/// <summary>Every key and channel this deployment uses in Redis, under its prefix. None holds a plain secret.</summary>
/// <param name="prefix">The deployment's prefix (<c>Redis:KeyPrefix</c>).</param>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>Gets the deployment's prefix.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>Gets the channel on which replicas name rejected tokens (by fingerprint).</summary>
    public string TokenRejectedChannel { get; } = prefix + ":token-rejected";

    /// <summary>Gets the list holding the DataProtection key ring (each key encrypted with the key-ring certificate).</summary>
    public string DataProtectionKeys { get; } = prefix + ":dataprotection-keys";

    /// <summary>The company's request bucket.</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The key.</returns>
    public string Bucket(string company) => $"{Prefix}:rate:{Company(company)}";

    /// <summary>When the company's pause ends (Unix milliseconds, Redis clock).</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The key.</returns>
    public string Pause(string company) => $"{Prefix}:pause:{Company(company)}";

    /// <summary>The company's access token (and sign-in), a DataProtection payload.</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The key.</returns>
    public string Token(string company) => $"{Prefix}:token:{Company(company)}";

    /// <summary>A named lock.</summary>
    /// <param name="name">The lock's name.</param>
    /// <returns>The key.</returns>
    public string Lock(string name) => $"{Prefix}:lock:{name}";

    // Company names are matched case-insensitively everywhere else too.
    private static string Company(string company) => company.Trim().ToLowerInvariant();
}
