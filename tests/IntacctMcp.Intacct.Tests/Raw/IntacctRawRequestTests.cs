using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Raw;

public sealed class IntacctRawRequestTests
{
    public static TheoryData<string, string> RefusedPaths => new()
    {
        { "https://evil.example/ia/api/v1/objects/x/y", "absolute" },
        { "http://127.0.0.1:1/objects/x/y", "absolute" },
        { "//evil.example/objects/x/y", "absolute" },
        { "file:///etc/passwd", "absolute" },
        { "javascript:alert(1)", "absolute" },
        { "/objects/..\\..\\x", "backslash" },
        { "/objects/../oauth2/token", "'..'" },
        { "/objects/./x", "'.'" },
        { "/objects/%2e%2e/oauth2/token", "percent-encoded" },
        { "/objects/%2E%2E/x", "percent-encoded" },
        { "/objects%2faccounts-payable", "percent-encoded" },
        { "/objects%5Cx", "percent-encoded" },
        { "/objects/%252e%252e/x", "percent-encoded" },
        { "/objects/x\r\nX-Injected: 1", "control" },
        { "/objects/x\ny", "control" },
        { "/objects/%0d%0ax", "percent-encoded" },
        { "/oauth2/token", "OAuth" },
        { "/OAuth2/revoke", "OAuth" },
        { "/ia/api/v1/oauth2/token", "OAuth" },
        { "/objects/x?y=1", "'?'" },
        { "", "empty" },
    };

    [Theory]
    [MemberData(nameof(RefusedPaths))]
    public async Task SendAsync_UnsafePath_RefusedAndNothingSent(string path, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(
            () => harness.Client.SendAsync(new IntacctRawRequest { Method = HttpMethod.Get, Path = path }, cancellationToken: ct));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sage.TokenRequests);
        Assert.Empty(sage.ApiRequests);
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("CONNECT")]
    public async Task SendAsync_MethodNotAllowed_Refused(string method)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(
            () => harness.Client.SendAsync(new IntacctRawRequest { Method = new HttpMethod(method), Path = "/objects/x/y" }, cancellationToken: ct));

        Assert.Contains(method, error.Message, StringComparison.Ordinal);
        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task SendAsync_QueryWithControlCharacters_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Get, Path = "/services/core/model", Query = new Dictionary<string, string> { ["name"] = "x\r\ny" } },
            cancellationToken: ct));
        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task SendAsync_RelativeGetWithQuery_SentUnderBaseWithEncodedQuery()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/services/core/model", SageMock.Json(200, """{"ia::result":{"type":"rootObject"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var response = await harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Get, Path = "services/core/model", Query = new Dictionary<string, string> { ["name"] = "accounts-payable/bill", ["x"] = "a&b=c" } },
            cancellationToken: ct);

        Assert.Equal(200, response.StatusCode);
        var sent = Assert.Single(sage.ApiRequests);
        Assert.Equal("/services/core/model", SageMock.ApiPath(sent));
        Assert.Equal("?name=accounts-payable%2Fbill&x=a%26b%3Dc", sent.RequestMessage.RawQuery);
    }

    [Fact]
    public async Task SendAsync_PostToObjects_CarriesIdempotencyKeyDerivedFromTheWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/accounts-payable/vendor", SageMock.Json(201, """{"ia::result":{"key":"7","id":"V9"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var response = await harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Post, Path = "/objects/accounts-payable/vendor", Body = new JsonObject { ["id"] = "V9" } },
            cancellationToken: ct);

        Assert.Equal(201, response.StatusCode);
        var key = SageMock.Header(Assert.Single(sage.ApiRequests), "Idempotency-Key");
        Assert.Matches("^imcp1-[0-9a-f]{64}$", key);
        Assert.Equal(harness.Client.IdempotencyKeyFor(new IntacctRawRequest { Method = HttpMethod.Post, Path = "/objects/accounts-payable/vendor", Body = new JsonObject { ["id"] = "V9" } }), key);
    }
}
