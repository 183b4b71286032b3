using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

public sealed class IntacctTokenProviderTests
{
    [Fact]
    public async Task GetObjectAsync_SeveralCalls_OneTokenRequestAndBearerOnEveryCall()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1", ["name"] = "Acme Maintenance" });
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        for (var i = 0; i < 3; i++)
        {
            var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);
            Assert.Equal("Acme Maintenance", vendor["name"]?.GetValue<string>());
        }

        Assert.Equal(1, peer.TokenRequests);
        Assert.All(peer.ApiRequests, r => Assert.Equal("peer-token-1", r.Bearer));
        var form = peer.TokenRequestsReceived.Single();
        Assert.StartsWith("application/x-www-form-urlencoded", form.ContentType, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", form.Body, StringComparison.Ordinal);
        Assert.Contains("username=ai-api%40ACME", form.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_BeforeAndAfterRefreshPoint_RefreshesAheadOfExpiryUsingExpiresIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.ExpiresInSeconds = 600;
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.TokenRefreshSkew = TimeSpan.FromMinutes(5), time);

        var first = await harness.Runtime.Tokens.GetTokenAsync(ct);

        // A 600 s token with a 5 min skew is refreshed a tenth of its life (60 s) before expiry, i.e. at 540 s.
        Assert.Equal(time.GetUtcNow().AddSeconds(600), first.ExpiresAt);
        Assert.Equal(time.GetUtcNow().AddSeconds(540), first.RefreshAt);
        time.Advance(TimeSpan.FromSeconds(539));
        Assert.Same(first, await harness.Runtime.Tokens.GetTokenAsync(ct));
        Assert.Equal(1, peer.TokenRequests);

        time.Advance(TimeSpan.FromSeconds(2));
        var second = await harness.Runtime.Tokens.GetTokenAsync(ct);
        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(2, peer.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_TwelveHourToken_RefreshedFiveMinutesEarly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.RequestsPerMinute = 60, time);

        var token = await harness.Runtime.Tokens.GetTokenAsync(ct);

        Assert.Equal(time.GetUtcNow().AddHours(12), token.ExpiresAt);
        Assert.Equal(time.GetUtcNow().AddHours(12).AddMinutes(-5), token.RefreshAt);
    }

    [Fact]
    public async Task GetObjectAsync_HundredConcurrentCallsOnColdCache_ExactlyOneTokenRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.TokenGate = gate.Task;
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var calls = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct), ct))
            .ToArray();
        await peer.FirstTokenRequest.WaitAsync(ct);
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, peer.TokenRequests);
        Assert.Equal(100, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_TokenRejectedWith401_FetchesFreshTokenAndRetriesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 0);
        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        peer.RevokeTokens();
        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, peer.TokenRequests);
        Assert.Equal(["peer-token-1", "peer-token-1", "peer-token-2"], peer.ApiRequests.Select(r => r.Bearer));
    }

    [Fact]
    public async Task GetObjectAsync_400WithRest1206_FetchesFreshTokenAndRetriesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        peer.Script("GET", "/objects/", PeerAction.Json(400, """{"ia::result":{"ia::error":{"code":"invalidRequest","message":"Token is not valid","errorId":"REST-1206","supportId":"s1"}}}"""));
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 0);

        var vendor = await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal("V1", vendor["id"]?.GetValue<string>());
        Assert.Equal(2, peer.TokenRequests);
        Assert.Equal(2, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetObjectAsync_TokenRejectedTwice_ThrowsAuthenticationAfterOneRetry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var unauthorized = PeerAction.Json(401, """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040","supportId":"s401"}}""");
        peer.Script("GET", "/objects/", unauthorized, times: 2);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct));

        Assert.Equal(2, peer.ApiRequests.Count);
        Assert.Contains("Token expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("supportId s401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("peer-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_ServerAnswers415ToForm_RetriesOnceAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.TokenRequiresJson = true;
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var token = await harness.Runtime.Tokens.GetTokenAsync(ct);

        Assert.Equal("peer-token-2", token.Value);
        Assert.Equal(["application/x-www-form-urlencoded", "application/json"], peer.TokenRequestsReceived.Select(r => r.ContentType!.Split(';')[0]));
    }
}
