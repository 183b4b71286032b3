namespace IntacctMcp.Intacct.Http;

/// <summary>
/// Rides on <see cref="HttpRequestMessage.Options"/> through the shared handler chain and tells each handler which
/// company's state (token, limiter, circuit) to use and whether the request may be retried.
/// </summary>
/// <param name="Runtime">The company's long-lived state.</param>
/// <param name="Method">The HTTP method, for logs.</param>
/// <param name="Retryable">Whether a retry cannot cause a second write (reads, query/model, writes with an idempotency key).</param>
/// <param name="RelativePath">The path relative to the API base, for logs (no query string).</param>
internal sealed record IntacctRequestContext(IntacctCompanyRuntime Runtime, string Method, bool Retryable, string RelativePath)
{
    /// <summary>The key of the context in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<IntacctRequestContext> Key = new("IntacctMcp.Intacct.RequestContext");

    /// <summary>Gets or sets the 1-based attempt number, for logs.</summary>
    public int Attempt { get; set; }

    /// <summary>Gets the context of a request sent by the Intacct client.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The context.</returns>
    /// <exception cref="InvalidOperationException">The request was not sent by the Intacct client.</exception>
    public static IntacctRequestContext Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var context)
            ? context
            : throw new InvalidOperationException("The Intacct HTTP client only sends requests built by IIntacctClient.");
}
