namespace IntacctMcp.Sandbox;

/// <summary>What one company's clients have asked of the sandbox since start or the last reset.</summary>
/// <param name="TokenRequests">Token endpoint calls, successful or not.</param>
/// <param name="ApiRequests">Authenticated API requests (everything under <c>/ia/api/v1</c> except the token endpoint).</param>
/// <param name="RateLimited">429 responses sent, by the limiter or by an injected storm.</param>
/// <param name="RecordsCreated">Records created through POST (batch items counted one by one).</param>
/// <param name="RequestsByRoute">API requests by route, e.g. <c>POST /services/core/query</c>, <c>GET /objects/accounts-payable/bill/{key}</c>.</param>
/// <param name="ResponseBytes">Bytes of JSON the API answered with (what a client had to read), token endpoint excluded.</param>
/// <param name="CodeExchanges">Successful authorization-code exchanges (sign-ins completed).</param>
/// <param name="Refreshes">Refresh-token grant requests naming a refresh token the sandbox issued, successful or not (also in <paramref name="TokenRequests"/>).</param>
public sealed record SandboxCounters(
    long TokenRequests, long ApiRequests, long RateLimited, long RecordsCreated,
    IReadOnlyDictionary<string, long> RequestsByRoute, long ResponseBytes = 0, long CodeExchanges = 0, long Refreshes = 0);
