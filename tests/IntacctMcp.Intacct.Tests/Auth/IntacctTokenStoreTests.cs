using System.Collections.Concurrent;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WireMock.ResponseBuilders;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

public sealed class IntacctTokenStoreTests
{
    private const string Key = "1";
    private static IResponseBuilder Vendor => SageMock.Json(200, """{"ia::result":{"key":"1","id":"V1"}}""");
    private static IResponseBuilder Unauthorized => SageMock.Json(401, """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040"}}""");

    [Fact]
    public async Task GetObjectAsync_FreshTokenFetched_StoredWithFingerprintNotSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/accounts-payable/vendor/" + Key, Vendor);
        var store = new RecordingStore();
        await using var harness = ClientHarness.Create(sage.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", Key, cancellationToken: ct);

        var stored = store.Tokens[ClientHarness.Company];
        Assert.Equal("mock-token-1", stored.AccessToken);
        Assert.Matches("^[0-9a-f]{64}$", stored.CredentialFingerprint);
        Assert.DoesNotContain(ClientHarness.ClientSecret, stored.CredentialFingerprint, StringComparison.Ordinal);
        Assert.DoesNotContain("mock-token", stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetObjectAsync_ValidStoredToken_ReusedWithoutTokenRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/accounts-payable/vendor/" + Key, Vendor);
        var store = new RecordingStore();
        await using (var first = ClientHarness.Create(sage.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store))))
        {
            await first.Client.GetObjectAsync("accounts-payable/vendor", Key, cancellationToken: ct);
        }

        await using var restarted = ClientHarness.Create(sage.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));
        await restarted.Client.GetObjectAsync("accounts-payable/vendor", Key, cancellationToken: ct);

        Assert.Equal(1, sage.TokenRequests);
        Assert.All(sage.ApiRequests, r => Assert.Equal("mock-token-1", SageMock.Bearer(r)));
    }

    [Fact]
    public async Task GetObjectAsync_StoredTokenForOtherCredentials_Ignored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/accounts-payable/vendor/" + Key, Vendor);
        var store = new RecordingStore();
        store.Tokens[ClientHarness.Company] = new IntacctStoredToken("stale", DateTimeOffset.MaxValue.AddYears(-1), "other-fingerprint");
        await using var harness = ClientHarness.Create(sage.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));

        await harness.Client.GetObjectAsync("accounts-payable/vendor", Key, cancellationToken: ct);

        Assert.Equal(1, sage.TokenRequests);
        Assert.Equal("mock-token-1", SageMock.Bearer(Assert.Single(sage.ApiRequests)));
    }

    [Fact]
    public async Task GetObjectAsync_StoredTokenRejected_RemovedAndReplaced()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("GET", "/objects/accounts-payable/vendor/" + Key, Unauthorized, Vendor);
        var store = new RecordingStore();
        await using var harness = ClientHarness.Create(sage.BaseUrl, services: s => s.Replace(ServiceDescriptor.Singleton<IIntacctTokenStore>(store)));
        var fingerprint = IntacctCredentialFingerprint.Compute(harness.Runtime.Options);
        store.Tokens[ClientHarness.Company] = new IntacctStoredToken("revoked-elsewhere", DateTimeOffset.MaxValue.AddYears(-1), fingerprint);

        await harness.Client.GetObjectAsync("accounts-payable/vendor", Key, cancellationToken: ct);

        Assert.Equal(1, store.Removals);
        Assert.Equal("mock-token-1", store.Tokens[ClientHarness.Company].AccessToken);
        Assert.Equal(["revoked-elsewhere", "mock-token-1"], sage.ApiRequests.Select(SageMock.Bearer));
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
