namespace IntacctMcp.Server.Http;

/// <summary>The Streamable HTTP endpoint's settings, bound from the <c>Http</c> configuration section (callers: <see cref="Auth.CallerAuthenticationOptions"/>).</summary>
internal sealed class HttpServerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Http";

    /// <summary>The origins allowed when none are configured: loopback pages on any port.</summary>
    public static IReadOnlyList<string> LoopbackOrigins { get; } = ["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"];

    /// <summary>Gets or sets where Kestrel listens (semicolon-separated).</summary>
    /// <value>The default value is <c>http://127.0.0.1:3001</c>.</value>
    public string Urls { get; set; } = "http://127.0.0.1:3001";

    /// <summary>Gets or sets the path of the MCP endpoint.</summary>
    /// <value>The default value is <c>/mcp</c>.</value>
    public string Path { get; set; } = "/mcp";

    /// <summary>Gets or sets whether initialize-handshake clients get sessions (<c>Mcp-Session-Id</c>).</summary>
    /// <value>The default value is <see langword="false"/>: every request is served statelessly.</value>
    public bool Stateful { get; set; }

    /// <summary>Gets or sets how long an unused session lives (the SDK checks every 5 seconds).</summary>
    /// <value>The default value is 10 minutes.</value>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the most idle sessions kept at once; beyond it the oldest idle sessions are ended.</summary>
    /// <value>The default value is 1000.</value>
    public int MaxSessions { get; set; } = 1000;

    /// <summary>Gets or sets the largest request body accepted (413 beyond it).</summary>
    /// <value>The default value is 1 MiB.</value>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets the allowed <c>Origin</c> values; <c>scheme://host:*</c> allows any port, <c>*</c> any origin.</summary>
    /// <value>The default value is empty, meaning <see cref="LoopbackOrigins"/>.</value>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Gets or sets whether the server may listen beyond loopback without authentication.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Gets the effective allowed origins.</summary>
    public IReadOnlyList<string> EffectiveAllowedOrigins => AllowedOrigins.Count > 0 ? [.. AllowedOrigins] : LoopbackOrigins;
}
