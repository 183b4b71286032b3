using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

public sealed class IntacctTokenErrorTests
{
    public static TheoryData<int, string, string, string> TokenFailures => new()
    {
        // Gateway {"error":{…}} shape.
        { 400, """{"error":{"code":"GW-0011","message":"Invalid sender ID","errorId":"GW-0011","supportId":"sup-1"}}""", "Invalid sender ID", IntacctHintsText.AuthorizeClient },

        // OAuth error/error_description shape.
        { 401, """{"error":"unauthorized_client","error_description":"The client application is not authorized for this company"}""", "The client application is not authorized for this company", IntacctHintsText.AuthorizeClient },
        { 401, """{"error":{"code":"invalid_client","message":"Invalid client credentials","errorId":"REST-1216","supportId":"sup-2"}}""", "Invalid client credentials", IntacctHintsText.ClientCredentials },

        // ia::error inside ia::result.
        { 400, """{"ia::result":{"ia::error":{"code":"invalidRequest","message":"Invalid user ID or user not authorized for web services","errorId":"GW-0035","supportId":"sup-3"}}}""", "Invalid user ID or user not authorized for web services", IntacctHintsText.InvalidUser },

        // ia::error at the top level.
        { 400, """{"ia::error":{"code":"invalidRequest","message":"Invalid company ID","errorId":"GW-0036","supportId":"sup-4"}}""", "Invalid company ID", IntacctHintsText.InvalidCompany },
        { 400, """{"error":"invalid_grant"}""", "invalid_grant", IntacctHintsText.InvalidGrant },
        { 400, """{"error":"invalid_grant","error_description":"The provided credentials are invalid"}""", "The provided credentials are invalid", IntacctHintsText.InvalidGrant },
    };

    [Theory]
    [MemberData(nameof(TokenFailures))]
    public async Task GetObjectAsync_TokenRequestRefused_SageMessageVerbatimAndFix(int status, string body, string sageMessage, string expectedHint)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start(SageMock.Json(status, body));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Contains(sageMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains("company 'acme'", error.Message, StringComparison.Ordinal);
        Assert.Equal(expectedHint, error.Hint);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.DoesNotContain(ClientHarness.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, sage.TokenRequests);
        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_TokenFailureWithIds_MessageCarriesErrorAndSupportIds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start(SageMock.Json(400, """{"error":{"code":"GW-0011","message":"Invalid sender ID","errorId":"GW-0011","supportId":"sup-1"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.EndsWith("Invalid sender ID (errorId GW-0011, supportId sup-1)", error.Message, StringComparison.Ordinal);
        Assert.Equal("sup-1", error.Error.SupportId);
    }

    [Fact]
    public async Task GetObjectAsync_TokenEndpoint503Once_RetriedAndSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start(SageMock.Json(503, """{"error":{"code":"GW-0001","message":"Service unavailable"}}"""));
        sage.Always("GET", "/objects/accounts-payable/vendor/1", SageMock.Json(200, """{"ia::result":{"key":"1","id":"V1"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, sage.TokenRequests);
        Assert.Equal("mock-token-1", SageMock.Bearer(Assert.Single(sage.ApiRequests)));
    }

    [Fact]
    public async Task CreateObjectAsync_TokenEndpointDown_RetriedEvenForWriteAndNoRecordDoubled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start(SageMock.Json(503, "{}"), SageMock.Json(502, "{}"));
        sage.Always("POST", "/objects/accounts-payable/vendor", SageMock.Json(201, """{"ia::result":{"key":"7","id":"V2"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await harness.Client.CreateObjectAsync("accounts-payable/vendor", new JsonObject { ["id"] = "V2" }, cancellationToken: ct);

        // Nothing reached the API until a token came, so the one write was sent once.
        Assert.Equal(3, sage.TokenRequests);
        Assert.Single(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_TokenEndpointKeepsFailing_ThrowsUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        var unavailable = SageMock.Json(503, """{"error":{"code":"GW-0001","message":"Service unavailable"}}""");
        using var sage = SageMock.Start(unavailable, unavailable, unavailable);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAnyAsync<IntacctUnavailableException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Contains("token endpoint answered 503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, sage.TokenRequests);
    }
}
