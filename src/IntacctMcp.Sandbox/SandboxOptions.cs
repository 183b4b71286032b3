namespace IntacctMcp.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> is started.</summary>
public sealed class SandboxOptions
{
    /// <summary>Gets or sets the URL Kestrel listens on.</summary>
    /// <value>The default value is <c>http://127.0.0.1:0</c> (a free loopback port).</value>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Gets or sets whether per-company rate and concurrency limits are enforced.</summary>
    /// <value>The default value is <see langword="true"/>; the server's demo mode sets it to false.</value>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>Gets or sets the requests allowed per minute per company (a token bucket of this size, refilled continuously).</summary>
    /// <value>The default value is 600.</value>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Gets or sets the bucket's capacity: how many requests a company may send at once after a quiet spell.</summary>
    /// <value>The default value is <see langword="null"/>: a bucket of <see cref="RequestsPerMinute"/>. Sage does not publish its bucket size;
    /// a benchmark sets this to the company's configured <c>Burst</c> so the sandbox enforces exactly the budget the client is given.</value>
    public int? Burst { get; set; }

    /// <summary>Gets or sets the requests a company may have in flight at once.</summary>
    /// <value>The default value is 8 (Sage's Tier 1 per-company limit).</value>
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>Gets or sets the lifetime of issued access tokens, in seconds.</summary>
    /// <value>The default value is 43200 (12 hours).</value>
    public int TokenLifetimeSeconds { get; set; } = 43200;

    /// <summary>Gets or sets the lifetime of refresh tokens (authorization-code flow with <c>offline_access</c>), in seconds.</summary>
    /// <value>The default value is 2592000 (30 days).</value>
    public int RefreshTokenLifetimeSeconds { get; set; } = 2592000;

    /// <summary>Gets or sets whether expired tokens are answered with 400 <c>REST-1206</c> instead of 401 <c>GW-0040</c>.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ExpiredTokenAsRest1206 { get; set; }

    /// <summary>Gets or sets whether a finished report's status answers 303 See Other to the download (as one source reports Sage doing) instead of 200 with a download link.</summary>
    /// <value>The default value is <see langword="false"/>: .NET's HttpClient drops the Authorization header when it follows a redirect.</value>
    public bool ReportStatusRedirects { get; set; }

    /// <summary>Gets or sets the clock: "today" for demo data (UTC date), token expiry and rate windows.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the seed of the demo company's data.</summary>
    /// <value>The default value is 20260101.</value>
    public int Seed { get; set; } = 20260101;

    /// <summary>Gets more companies, each with its own data, limits and counters.</summary>
    public IList<SandboxCompanyOptions> ExtraCompanies { get; } = [];

    /// <summary>Gets or sets a callback that sees every authenticated API request (method, path, body) before it is handled.</summary>
    /// <value>The default value is <see langword="null"/>. Tests use it to hold what clients send to Sage's published spec.</value>
    public Action<SandboxRequest>? RequestObserver { get; set; }

    /// <summary>Gets or sets whether console logging is off.</summary>
    /// <value>The default value is <see langword="true"/> (quiet when hosted in-process).</value>
    public bool Quiet { get; set; } = true;
}
