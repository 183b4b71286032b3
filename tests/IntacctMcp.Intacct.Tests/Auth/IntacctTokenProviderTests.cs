using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

public sealed class IntacctTokenProviderTests
{
    private const string VendorPath = "/objects/accounts-payable/vendor/1";

    private static WireMock.ResponseBuilders.IResponseBuilder Vendor => SageMock.Json(200, """{"ia::result":{"key":"1","id":"V1"}}""");

    [Fact]
    public async Task GetObjectAsync_SeveralCalls_OneTokenRequestAndBearerOnEveryCall()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", VendorPath, SageMock.Json(200, """{"ia::result":{"key":"1","id":"V1","name":"Acme Maintenance"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        for (var i = 0; i < 3; i++)
        {
            var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct);
            Assert.Equal("Acme Maintenance", vendor["name"]?.GetValue<string>());
        }

        Assert.Equal(1, sage.TokenRequests);
        Assert.All(sage.ApiRequests, r => Assert.Equal("mock-token-1", SageMock.Bearer(r)));
        var form = sage.TokenRequestEntries.Single();
        Assert.StartsWith("application/x-www-form-urlencoded", SageMock.Header(form, "Content-Type"), StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", form.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("username=ai-api%40ACME", form.RequestMessage.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_BeforeAndAfterRefreshPoint_RefreshesAheadOfExpiryUsingExpiresIn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.StartScripted(SageMock.Token(1, expiresInSeconds: 600), SageMock.Token(2, expiresInSeconds: 600));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.TokenRefreshSkew = TimeSpan.FromMinutes(5), time);

        var first = await harness.Runtime.Tokens.GetTokenAsync(ct);

        // A 600 s token with a 5 min skew is refreshed a tenth of its life (60 s) before expiry, i.e. at 540 s.
        Assert.Equal(time.GetUtcNow().AddSeconds(600), first.ExpiresAt);
        Assert.Equal(time.GetUtcNow().AddSeconds(540), first.RefreshAt);
        time.Advance(TimeSpan.FromSeconds(539));
        Assert.Same(first, await harness.Runtime.Tokens.GetTokenAsync(ct));
        Assert.Equal(1, sage.TokenRequests);

        time.Advance(TimeSpan.FromSeconds(2));
        var second = await harness.Runtime.Tokens.GetTokenAsync(ct);
        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(2, sage.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_TwelveHourToken_RefreshedFiveMinutesEarly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.RequestsPerMinute = 60, time);

        var token = await harness.Runtime.Tokens.GetTokenAsync(ct);

        Assert.Equal(time.GetUtcNow().AddHours(12), token.ExpiresAt);
        Assert.Equal(time.GetUtcNow().AddHours(12).AddMinutes(-5), token.RefreshAt);
    }

    [Fact]
    public async Task GetObjectAsync_HundredConcurrentCallsOnColdCache_ExactlyOneTokenRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstTokenRequest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The token answer waits for the gate, so every call arrives while the one token request is still open.
        using var sage = SageMock.StartScripted(SageMock.Held(
            async () =>
            {
                firstTokenRequest.TrySetResult();
                await gate.Task;
            },
            200,
            """{"token_type":"Bearer","access_token":"mock-token-1","expires_in":43200}"""));
        sage.Always("GET", VendorPath, Vendor);
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var calls = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct), ct))
            .ToArray();
        await firstTokenRequest.Task.WaitAsync(ct);
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, sage.TokenRequests);
        Assert.Equal(100, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_TokenRejectedTwice_ThrowsAuthenticationAfterOneRetry()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        var unauthorized = """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040","supportId":"s401"}}""";
        sage.Sequence("GET", VendorPath, SageMock.Json(401, unauthorized), SageMock.Json(401, unauthorized), Vendor);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", "1", cancellationToken: ct));

        Assert.Equal(2, sage.ApiRequests.Count);
        Assert.Contains("Token expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("supportId s401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mock-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_ServerAnswers415ToForm_RetriesOnceAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start(SageMock.Json(415, """{"error":{"code":"unsupportedMediaType","message":"Unsupported media type"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var token = await harness.Runtime.Tokens.GetTokenAsync(ct);

        Assert.Equal("mock-token-1", token.Value);
        Assert.Equal(["application/x-www-form-urlencoded", "application/json"], sage.TokenRequestEntries.Select(r => SageMock.Header(r, "Content-Type")!.Split(';')[0]));
    }
}
