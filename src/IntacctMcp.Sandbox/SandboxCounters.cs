namespace IntacctMcp.Sandbox;

/// <summary>What one company's clients have asked of the sandbox since start or the last reset.</summary>
/// <param name="TokenRequests">Token endpoint calls, successful or not.</param>
/// <param name="ApiRequests">Authenticated API requests (everything under <c>/ia/api/v1</c> except the token endpoint).</param>
/// <param name="RateLimited">429 responses sent, by the limiter or by an injected storm.</param>
/// <param name="RecordsCreated">Records created through POST (batch items counted one by one).</param>
/// <param name="RequestsByRoute">API requests by route, e.g. <c>POST /services/core/query</c>, <c>GET /objects/accounts-payable/bill/{key}</c>.</param>
public sealed record SandboxCounters(
    long TokenRequests, long ApiRequests, long RateLimited, long RecordsCreated,
    IReadOnlyDictionary<string, long> RequestsByRoute);
