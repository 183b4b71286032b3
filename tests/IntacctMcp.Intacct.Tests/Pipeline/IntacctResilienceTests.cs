using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Pipeline;

/// <summary>The company pipeline's retries, timeouts and circuit breaker against exact WireMock fault sequences.</summary>
public sealed class IntacctResilienceTests
{
    private const string Vendor = "/objects/accounts-payable/vendor/1";
    private const string Unavailable = """{"ia::result":{"ia::error":{"code":"operationFailed","message":"Service unavailable","errorId":"GW-0010","supportId":"s503"}}}""";
    private const string VendorBody = """{"ia::result":{"key":"1","id":"V1"}}""";

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetObjectAsync_TransientStatusTwice_RetriedUntilSuccess(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(status, Unavailable), SageMock.Json(status, Unavailable), SageMock.Json(200, VendorBody));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(3, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_500_NotRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(500, Unavailable), SageMock.Json(200, VendorBody));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Single(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_5xxBurstBeyondRetries_ThrowsServerErrorWithSageMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", Vendor, SageMock.Json(503, Unavailable));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Equal(3, sage.ApiRequests.Count);
        Assert.Contains("Service unavailable (errorId GW-0010, supportId s503)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_Transient503_RetriedBecauseQueryIsARead()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("POST", "/services/core/query", SageMock.Json(503, Unavailable), SageMock.Json(200, """{"ia::result":[{"id":"B1"}],"ia::meta":{"totalCount":1,"start":1,"pageSize":100,"next":null}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var page = await harness.Client.QueryAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"] }, cancellationToken: ct);

        Assert.Single(page.Items);
        Assert.Equal(2, sage.ApiRequests.Count);
    }

    [Theory]
    [InlineData("POST", "/workflows/accounts-payable/bill/submit")]
    [InlineData("DELETE", "/services/core/thing")]
    [InlineData("PATCH", "/services/core/thing")]
    public async Task SendAsync_WriteWithoutIdempotencyKey_NotRetried(string method, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always(method, path, SageMock.Json(503, Unavailable));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.SendAsync(
            new IntacctRawRequest { Method = new HttpMethod(method), Path = path, Body = new JsonObject { ["key"] = "1" } },
            cancellationToken: ct));

        Assert.Null(SageMock.Header(Assert.Single(sage.ApiRequests), "Idempotency-Key"));
    }

    [Fact]
    public async Task SendAsync_WriteWithCallersKey_Retried()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("POST", "/workflows/accounts-payable/bill/submit", SageMock.Json(503, Unavailable), SageMock.Json(200, """{"ia::result":{"key":"1"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var response = await harness.Client.SendAsync(
            new IntacctRawRequest { Method = HttpMethod.Post, Path = "/workflows/accounts-payable/bill/submit", Body = new JsonObject { ["key"] = "1" } },
            new IntacctRequestOptions { IdempotencyKey = "submit-1" },
            ct);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["submit-1", "submit-1"], sage.ApiRequests.Select(r => SageMock.Header(r, "Idempotency-Key")));
    }

    [Fact]
    public async Task GetObjectAsync_AttemptTimesOut_RetriedThenUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", Vendor, SageMock.Json(200, VendorBody).WithDelay(TimeSpan.FromSeconds(1)));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 1;
        });

        var error = await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);

        // WireMock logs a request once its (delayed) answer is written.
        Eventually.True(() => sage.ApiRequests.Count == 2, "both attempts reached the server");
    }

    [Fact]
    public async Task GetObjectAsync_RepeatedServerErrors_CircuitOpensAndFailsFastWithoutSending()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", Vendor, SageMock.Json(500, Unavailable));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            o.MaxRetries = 0;
            o.CircuitMinimumThroughput = 2;
            o.CircuitFailureRatio = 0.5;
            o.CircuitBreakDuration = TimeSpan.FromMinutes(1);
        });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<IntacctServerException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));
        }

        var error = await Assert.ThrowsAsync<IntacctUnavailableException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Contains("circuit open", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_OneCompanysCircuitOpen_OtherCompanyUnaffected()
    {
        var ct = TestContext.Current.CancellationToken;
        using var failing = SageMock.Start();
        failing.Always("GET", Vendor, SageMock.Json(500, Unavailable));
        using var healthy = SageMock.Start();
        healthy.Always("GET", Vendor, SageMock.Json(200, VendorBody));
        await using var harness = ClientHarness.Create(failing.BaseUrl, o =>
        {
            o.MaxRetries = 0;
            o.CircuitMinimumThroughput = 2;
            o.CircuitBreakDuration = TimeSpan.FromMinutes(1);
        }, secondCompany: healthy.BaseUrl);
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<IntacctException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));
        }

        var vendor = await harness.Provider.GetClient(ClientHarness.SecondCompany).GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, failing.ApiRequests.Count);
    }
}
