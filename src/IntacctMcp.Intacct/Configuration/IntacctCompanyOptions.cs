namespace IntacctMcp.Intacct.Configuration;

/// <summary>One Sage Intacct company: credentials, endpoint, rate limits and resilience settings.</summary>
public sealed class IntacctCompanyOptions
{
    /// <summary>The production API base URL.</summary>
    public const string DefaultBaseUrl = "https://api.intacct.com/ia/api/v1";

    /// <summary>Gets or sets how the company gets its tokens: <see cref="IntacctFlows.ClientCredentials"/> (a Web Services user)
    /// or <see cref="IntacctFlows.AuthorizationCode"/> (a regular user who signed in with <c>intacct-mcp login</c>).</summary>
    /// <value>The default value is <see cref="IntacctFlows.ClientCredentials"/>.</value>
    public string Flow { get; set; } = IntacctFlows.ClientCredentials;

    /// <summary>Gets or sets the OAuth client ID of the app registered in Sage's developer portal.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Gets or sets the OAuth client secret (optional for a public client with <see cref="IntacctFlows.AuthorizationCode"/>). Never logged or shown.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Gets or sets the Web Services user as <c>userId@companyId</c> or <c>userId@companyId|entityId</c> (not used with <see cref="IntacctFlows.AuthorizationCode"/>).</summary>
    public string Username { get; set; } = string.Empty;

    /// <summary>Gets or sets the default entity for requests (<c>X-IA-API-Param-Entity</c>).</summary>
    /// <value>The default value is <see langword="null"/>: top level, or the entity the username pins.</value>
    public string? EntityId { get; set; }

    /// <summary>Gets or sets the API base URL; the token URL is <c>{BaseUrl}/oauth2/token</c>.</summary>
    /// <value>The default value is <see cref="DefaultBaseUrl"/>.</value>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Gets or sets the sustained request rate allowed per minute.</summary>
    /// <value>The default value is 30.</value>
    public int RequestsPerMinute { get; set; } = 30;

    /// <summary>Gets or sets how many requests may go at once after a quiet spell.</summary>
    /// <value>The default value is 10.</value>
    public int Burst { get; set; } = 10;

    /// <summary>Gets or sets how many requests may be in flight at once.</summary>
    /// <value>The default value is 4.</value>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Gets or sets the longest a call waits for the rate limiter before failing with a clear error.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets the most calls that may wait for the rate limiter at once.</summary>
    /// <value>The default value is 1000.</value>
    public int MaxQueueLength { get; set; } = 1000;

    /// <summary>Gets or sets the timeout of one HTTP attempt.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout of a call including all retries and waits.</summary>
    /// <value>The default value is 3 minutes.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Gets or sets how many times a retryable failure is retried.</summary>
    /// <value>The default value is 4.</value>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Gets or sets the base delay of the exponential back-off (jittered).</summary>
    /// <value>The default value is 500 milliseconds.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets how long before expiry a cached token is refreshed.</summary>
    /// <value>The default value is 5 minutes (capped at a tenth of the token's lifetime).</value>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the failure ratio over the sampling window that opens the company's circuit.</summary>
    /// <value>The default value is 0.5.</value>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the least calls in the window before the circuit may open.</summary>
    /// <value>The default value is 10.</value>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets how long an open circuit stays open.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long reference data (object models) is cached.</summary>
    /// <value>The default value is 10 minutes.</value>
    public TimeSpan ModelCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets whether this is the built-in sandbox company (demo data, never real books).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IsSandbox { get; set; }

    /// <summary>Gets or sets whether this company came from the <c>INTACCT_*</c> environment variables, so that validation names them.</summary>
    internal bool FromEnvironment { get; set; }
}
