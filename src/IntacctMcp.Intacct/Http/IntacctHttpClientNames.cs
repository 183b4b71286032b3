namespace IntacctMcp.Intacct.Http;

/// <summary>The names of the client's <see cref="IHttpClientFactory"/> clients.</summary>
internal static class IntacctHttpClientNames
{
    /// <summary>The API client, shared by all companies; per-company state rides on each request (see <c>IntacctRequestContext</c>).</summary>
    public const string Api = "IntacctMcp.Intacct";

    /// <summary>The token client: no limiter, no retries (the API pipeline retries a failed token fetch), no auth.</summary>
    public const string Token = "IntacctMcp.Intacct.Token";
}
