using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Objects;

namespace IntacctMcp.Intacct;

/// <summary>The connection test: a token and one cheap authenticated read.</summary>
internal sealed partial class IntacctClient
{
    private const string ProbeObject = "company-config/entity";

    /// <inheritdoc/>
    public async Task<IntacctConnectionInfo> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        // Reading the entity list without the entity header works at the top level of every company; the read
        // fetches the token first (through the same retries as any call), so token failures surface here with their fix.
        var call = new IntacctCall(HttpMethod.Get, IntacctObjectPath.Build(ProbeObject)) { Query = [new("start", "1"), new("pageSize", "1")] };
        var response = await SendCoreAsync(call, cancellationToken);
        var meta = IntacctJson.Meta(response.Body);
        var probeCount = meta.TotalCount ?? (IntacctJson.Result(response.Body) as System.Text.Json.Nodes.JsonArray)?.Count;

        var token = _runtime.Tokens.Current ?? await _runtime.Tokens.GetTokenAsync(cancellationToken);
        var claims = IntacctJwt.TryReadClaims(token.Value);
        var companyId = IntacctJson.Text(claims?["cnyId"]) is { Length: > 0 } claimedCompany ? claimedCompany : Company.CompanyId;
        var entityId = IntacctJson.Text(claims?["entityId"]) is { Length: > 0 } claimedEntity ? claimedEntity : Company.EntityId;
        var userId = IntacctJson.Text(claims?["userId"]) is { Length: > 0 } claimedUser ? claimedUser : Company.UserId;
        return new IntacctConnectionInfo(Company, companyId, entityId, token.ExpiresAt, ProbeObject, probeCount) { TokenUserId = userId };
    }
}
