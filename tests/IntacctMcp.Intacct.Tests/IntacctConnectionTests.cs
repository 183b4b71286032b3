using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests;

public sealed class IntacctConnectionTests
{
    private const string Entities = "/objects/company-config/entity";

    [Fact]
    public async Task TestConnectionAsync_JwtToken_ReportsCompanyAndEntityFromClaims()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.StartScripted(SageMock.Token(Jwt(new JsonObject { ["cnyId"] = "ACME-CLAIM", ["entityId"] = "E200", ["n"] = 1 })));
        sage.Always("GET", Entities, EntityList(1));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.EntityId = "E100");

        var info = await harness.Client.TestConnectionAsync(ct);

        Assert.Equal(("ACME-CLAIM", "E200", "company-config/entity", 1), (info.TokenCompanyId, info.TokenEntityId, info.ProbeObject, info.ProbeTotalCount));
        Assert.Equal("acme", info.Company.Name);
        var probe = Assert.Single(sage.ApiRequests);
        Assert.Equal(Entities, SageMock.ApiPath(probe));
        Assert.Null(SageMock.Header(probe, "X-IA-API-Param-Entity"));
        Assert.Equal(1, sage.TokenRequests);
    }

    [Fact]
    public async Task TestConnectionAsync_OpaqueToken_FallsBackToUsernameParts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", Entities, EntityList(0));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.Username = ClientHarness.Username + "|E300");

        var info = await harness.Client.TestConnectionAsync(ct);

        Assert.Equal(("ACME", "E300", 0), (info.TokenCompanyId, info.TokenEntityId, info.ProbeTotalCount));
        Assert.Equal(new DateTimeOffset(info.TokenExpiresAt.UtcDateTime, TimeSpan.Zero), info.TokenExpiresAt);
    }

    private static WireMock.ResponseBuilders.IResponseBuilder EntityList(int count)
    {
        var refs = Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject { ["key"] = $"{i + 1}", ["id"] = $"E{i + 1}00" }).ToArray();
        var meta = new JsonObject { ["totalCount"] = count, ["start"] = 1, ["pageSize"] = 100, ["next"] = null, ["previous"] = null };
        return SageMock.Json(200, new JsonObject { ["ia::result"] = new JsonArray(refs), ["ia::meta"] = meta }.ToJsonString());
    }

    private static string Jwt(JsonObject payload)
    {
        static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Encode("""{"alg":"RS256","typ":"JWT"}""")}.{Encode(payload.ToJsonString())}.c2lnbmF0dXJl";
    }
}
