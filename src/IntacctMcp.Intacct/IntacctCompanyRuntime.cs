using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.RateLimiting;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct;

/// <summary>
/// Everything one company keeps for the life of the process: token, limiter, model cache. It lives here rather than
/// in the HTTP handlers because <see cref="IHttpClientFactory"/> recycles handlers; the company's circuit breaker
/// lives in its resilience pipeline, which the resilience handler keeps per company.
/// </summary>
internal sealed class IntacctCompanyRuntime : IDisposable
{
    public IntacctCompanyRuntime(string name, IntacctCompanyOptions options, IHttpClientFactory httpClientFactory, IIntacctTokenStore tokenStore, IIntacctSharedState shared, TimeProvider time, ILoggerFactory loggerFactory)
    {
        Name = name;
        Shared = shared;
        Options = options;
        Time = time;
        BaseUrl = options.BaseUrl.TrimEnd('/');
        BaseUri = new Uri(BaseUrl + "/");
        // Validation has already refused a malformed username; the empty parts are only a fallback.
        _ = IntacctUsername.TryParse(options.Username, out var username);
        Info = new IntacctCompanyInfo(name, username.CompanyId, username.UserId, options.EntityId ?? username.EntityId, new Uri(BaseUrl), options.IsSandbox) { Flow = options.Flow };
        var logger = loggerFactory.CreateLogger<IntacctCompanyRuntime>();
        Tokens = new IntacctTokenProvider(name, options, httpClientFactory, tokenStore, shared, time, loggerFactory.CreateLogger<IntacctTokenProvider>());
        Limiter = new IntacctCompanyRateLimiter(name, options, shared, time, logger);
    }

    /// <summary>Gets the configured company name.</summary>
    public string Name { get; }

    /// <summary>Gets the company's options (already trimmed and validated).</summary>
    public IntacctCompanyOptions Options { get; }

    /// <summary>Gets what may be shown about the company.</summary>
    public IntacctCompanyInfo Info { get; }

    /// <summary>Gets what replicas share (nothing, by default).</summary>
    public IIntacctSharedState Shared { get; }

    /// <summary>Gets the clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Gets the API base URL without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Gets the API base URL with a trailing slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>Gets the token provider.</summary>
    public IntacctTokenProvider Tokens { get; }

    /// <summary>Gets the rate limiter.</summary>
    public IntacctCompanyRateLimiter Limiter { get; }

    /// <summary>Gets the model service cache: object name → model and when it goes stale.</summary>
    public ConcurrentDictionary<string, (JsonObject Model, DateTimeOffset ExpiresAt)> Models { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public void Dispose()
    {
        Tokens.Dispose();
        Limiter.Dispose();
    }
}
