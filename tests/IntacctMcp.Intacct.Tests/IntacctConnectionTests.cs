using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests;

public sealed class IntacctConnectionTests
{
    [Fact]
    public async Task TestConnectionAsync_JwtToken_ReportsCompanyAndEntityFromClaims()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.Seed("company-config/entity", new JsonObject { ["id"] = "E100" });
        peer.TokenFactory = n => Jwt(new JsonObject { ["cnyId"] = "ACME-CLAIM", ["entityId"] = "E200", ["n"] = n });
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.EntityId = "E100");

        var info = await harness.Client.TestConnectionAsync(ct);

        Assert.Equal(("ACME-CLAIM", "E200", "company-config/entity", 1), (info.TokenCompanyId, info.TokenEntityId, info.ProbeObject, info.ProbeTotalCount));
        Assert.Equal("acme", info.Company.Name);
        var probe = Assert.Single(peer.ApiRequests);
        Assert.Equal("/objects/company-config/entity", probe.Path);
        Assert.Null(probe.Header("X-IA-API-Param-Entity"));
        Assert.Equal(1, peer.TokenRequests);
    }

    [Fact]
    public async Task TestConnectionAsync_OpaqueToken_FallsBackToUsernameParts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.Username = SagePeer.Username + "|E300");

        var info = await harness.Client.TestConnectionAsync(ct);

        Assert.Equal(("ACME", "E300", 0), (info.TokenCompanyId, info.TokenEntityId, info.ProbeTotalCount));
        Assert.Equal(new DateTimeOffset(info.TokenExpiresAt.UtcDateTime, TimeSpan.Zero), info.TokenExpiresAt);
    }

    private static string Jwt(JsonObject payload)
    {
        static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Encode("""{"alg":"RS256","typ":"JWT"}""")}.{Encode(payload.ToJsonString())}.c2lnbmF0dXJl";
    }
}
