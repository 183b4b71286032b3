namespace IntacctMcp.Server.Configuration;

/// <summary>Server-wide settings, bound from the <c>Server</c> configuration section.</summary>
internal sealed class ServerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Server";

    /// <summary>Gets or sets whether the built-in sandbox company is served in-process.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Sandbox { get; set; }
}
