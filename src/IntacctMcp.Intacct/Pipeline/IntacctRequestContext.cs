using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.RateLimiting;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// Rides on <see cref="HttpRequestMessage.Options"/> through the shared API client and tells the pipeline which
/// company sent the request (its pipeline key), which company state (token, limiter) to use and whether the request
/// may be retried.
/// </summary>
/// <param name="Company">The configured company name: the key of the company's resilience pipeline, and safe to log.</param>
/// <param name="Tokens">The company's token provider.</param>
/// <param name="Limiter">The company's rate limiter.</param>
/// <param name="Method">The HTTP method, for logs.</param>
/// <param name="Retryable">Whether a retry cannot cause a second write (reads, query/model, writes with an idempotency key).</param>
/// <param name="RelativePath">The path relative to the API base, for logs (no query string).</param>
internal sealed record IntacctRequestContext(
    string Company,
    IntacctTokenProvider Tokens,
    IntacctCompanyRateLimiter Limiter,
    string Method,
    bool Retryable,
    string RelativePath)
{
    /// <summary>The key of the context in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<IntacctRequestContext> Key = new("IntacctMcp.Intacct.RequestContext");

    /// <summary>Gets or sets the 1-based number of the latest attempt sent, for logs.</summary>
    public int Attempt { get; set; }

    /// <summary>Gets or sets the token the latest attempt carried, so that a rejection forgets exactly that token.</summary>
    public IntacctAccessToken? Token { get; set; }

    /// <summary>Gets the context of a request sent by the Intacct client.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The context.</returns>
    /// <exception cref="InvalidOperationException">The request was not sent by the Intacct client.</exception>
    public static IntacctRequestContext Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var context)
            ? context
            : throw new InvalidOperationException("The Intacct API client only sends requests built by the Intacct client.");
}
