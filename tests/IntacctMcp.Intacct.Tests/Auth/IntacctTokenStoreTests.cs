using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

public sealed class IntacctTokenStoreTests
{
    [Fact]
    public async Task GetObjectAsync_FreshTokenFetched_StoredWithFingerprintNotSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var store = new RecordingStore();
        await using var harness = ClientHarness.Create(peer.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        var stored = store.Tokens[ClientHarness.Company];
        Assert.Equal("peer-token-1", stored.AccessToken);
        Assert.Matches("^[0-9a-f]{64}$", stored.CredentialFingerprint);
        Assert.DoesNotContain(SagePeer.ClientSecret, stored.CredentialFingerprint, StringComparison.Ordinal);
        Assert.DoesNotContain("peer-token", stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetObjectAsync_ValidStoredToken_ReusedWithoutTokenRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var store = new RecordingStore();
        await using (var first = ClientHarness.Create(peer.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store))))
        {
            await first.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);
        }

        await using var restarted = ClientHarness.Create(peer.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));
        await restarted.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal(1, peer.TokenRequests);
        Assert.All(peer.ApiRequests, r => Assert.Equal("peer-token-1", r.Bearer));
    }

    [Fact]
    public async Task GetObjectAsync_StoredTokenForOtherCredentials_Ignored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var store = new RecordingStore();
        store.Tokens[ClientHarness.Company] = new IntacctStoredToken("stale", DateTimeOffset.MaxValue.AddYears(-1), "other-fingerprint");
        await using var harness = ClientHarness.Create(peer.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal(1, peer.TokenRequests);
        Assert.Equal("peer-token-1", Assert.Single(peer.ApiRequests).Bearer);
    }

    [Fact]
    public async Task GetObjectAsync_StoredTokenRejected_RemovedAndReplaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var key = peer.Seed("accounts-payable/vendor", new JsonObject { ["id"] = "V1" });
        var store = new RecordingStore();
        await using var harness = ClientHarness.Create(peer.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));
        var fingerprint = IntacctCredentialFingerprint.Compute(harness.Runtime.Options);
        store.Tokens[ClientHarness.Company] = new IntacctStoredToken("revoked-elsewhere", DateTimeOffset.MaxValue.AddYears(-1), fingerprint);

        await harness.Client.GetObjectAsync("accounts-payable/vendor", key, cancellationToken: ct);

        Assert.Equal(1, store.Removals);
        Assert.Equal("peer-token-1", store.Tokens[ClientHarness.Company].AccessToken);
        Assert.Equal(["revoked-elsewhere", "peer-token-1"], peer.ApiRequests.Select(r => r.Bearer));
    }

    private sealed class RecordingStore : IIntacctTokenStore
    {
        public ConcurrentDictionary<string, IntacctStoredToken> Tokens { get; } = new();

        public int Removals { get; private set; }

        public ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Tokens.TryGetValue(company, out var token) ? token : null);

        public ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
        {
            Tokens[company] = token;
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string company, CancellationToken cancellationToken)
        {
            Removals++;
            Tokens.TryRemove(company, out _);
            return ValueTask.CompletedTask;
        }
    }
}
