using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Replicas;

/// <summary>The <c>Redis</c> section: where replicas of one deployment share tokens, the rate budget and keys.</summary>
internal sealed class RedisOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>Gets or sets the StackExchange.Redis configuration string (<c>host:port</c>, options after commas); empty means nothing is shared.</summary>
    public string? Configuration { get; set; }

    /// <summary>Gets or sets the prefix of every key and channel, one per deployment.</summary>
    public string KeyPrefix { get; set; } = "intacct-mcp";

    /// <summary>Gets or sets how many replicas share each company's budget (each keeps to its share while Redis is lost).</summary>
    public int Replicas { get; set; } = 1;

    /// <summary>Gets or sets the PFX file whose certificate encrypts the DataProtection key ring kept in Redis.</summary>
    public string? KeyRingCertificate { get; set; }

    /// <summary>Gets or sets the PFX file's password, if it has one. Secret.</summary>
    public string? KeyRingCertificatePassword { get; set; }

    /// <summary>Gets whether Redis is configured.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Configuration);

    /// <summary>Reads the section.</summary>
    /// <param name="configuration">The server configuration.</param>
    /// <returns>The options (defaults when the section is absent).</returns>
    public static RedisOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<RedisOptions>() ?? new RedisOptions();
}
