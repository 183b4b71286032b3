using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Pipeline;

/// <summary>Sage's throttling and token expiry as exact WireMock sequences, on a fake clock where time matters.</summary>
public sealed class IntacctSageSequenceTests
{
    private const string Vendor = "/objects/accounts-payable/vendor/1";
    private const string VendorBody = """{"ia::result":{"key":"1","id":"V1"}}""";
    private const string Throttled = """{"error":{"code":"GW-0010","message":"Rate limit exceeded"}}""";

    [Theory]
    [InlineData("Retry-After")]
    [InlineData("X-IA-Throttle-Limit-RetryAfter")]
    [InlineData("x-ia-throttle-limit-retryafter")]
    [InlineData("X-IA-Minute-Rate-Limit-Retry-After")]
    [InlineData("x-ia-hour-rate-limit-retry-after")]
    [InlineData("X-IA-TENANT-Throttle-Limit-Retry-After")]
    public async Task GetObjectAsync_429ThenOk_RetryHeaderPausesWholeCompanyUntilThen(string header)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(429, Throttled, (header, "1")), SageMock.Json(200, VendorBody), SageMock.Json(200, VendorBody));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, time: time);

        var first = harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.PauseWaiters == 1, "the throttled call's retry waits for the pause");
        var other = harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.PauseWaiters == 2, "an unrelated call also waits for the pause");

        Assert.Equal(ClientHarness.Start.AddSeconds(1), harness.Runtime.Limiter.PausedUntil);
        Assert.Single(sage.ApiRequests);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, other);
        Assert.Equal(3, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_429AskingLongerThanTheStandardTotalTimeout_WaitedOutThenAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(429, Throttled, ("X-IA-Minute-Rate-Limit-Retry-After", "60")), SageMock.Json(200, VendorBody));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o =>
        {
            // The defaults: a 2-minute wait budget inside a 3-minute total.
            o.MaxQueueWait = TimeSpan.FromMinutes(2);
            o.TotalTimeout = TimeSpan.FromMinutes(3);
        }, time);

        var call = harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        Eventually.True(() => harness.Runtime.Limiter.PauseWaiters == 1, "the retry waits for Sage's minute");

        // The standard resilience handler would give up after 30 s in total; Sage asked for 60.
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var vendor = await call;

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, sage.ApiRequests.Count);
    }

    [Theory]
    [InlineData(401, """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040"}}""")]
    [InlineData(400, """{"ia::result":{"ia::error":{"code":"invalidRequest","message":"Token is not valid","errorId":"REST-1206","supportId":"s1"}}}""")]
    [InlineData(400, """{"ia::error":{"code":"tokenInvalid","message":"Invalid token"}}""")]
    public async Task GetObjectAsync_TokenExpired_OneRetryWithFreshToken(int status, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(200, VendorBody), SageMock.Json(status, body), SageMock.Json(200, VendorBody));

        // No transient retries: the token refresh is its own step of the pipeline.
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxRetries = 0);

        await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, sage.TokenRequests);
        Assert.Equal(["mock-token-1", "mock-token-1", "mock-token-2"], sage.ApiRequests.Select(SageMock.Bearer));
    }

    [Fact]
    public async Task GetObjectAsync_Retried_ResilienceEventsLoggedAtDebugWithoutSecrets()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", Vendor, SageMock.Json(503, "{}"), SageMock.Json(401, """{"error":{"code":"GW-0040"}}"""), SageMock.Json(200, VendorBody));
        var logs = new CapturingLoggerProvider();
        await using var harness = ClientHarness.Create(sage.BaseUrl, services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);

        var resilience = logs.Entries.Where(e => e.Category.StartsWith("Polly", StringComparison.Ordinal)).ToList();
        Assert.Contains(resilience, e => e.Text.Contains("OnRetry", StringComparison.Ordinal));
        Assert.All(resilience, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain("mock-token", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientHarness.ClientSecret, e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", e.Text, StringComparison.Ordinal);
        });
    }
}
