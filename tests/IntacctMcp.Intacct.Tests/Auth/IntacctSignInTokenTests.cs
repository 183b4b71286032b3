using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using IntacctMcp.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Auth;

/// <summary>A regular-user company (Flow authorization_code) against the sandbox: refresh, rotation, refusal.</summary>
public sealed class IntacctSignInTokenTests
{
    private const string Vendor = "accounts-payable/vendor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredConcurrentCalls_AccessTokenExpired_ExactlyOneRefreshAndAllSucceed()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        var store = new MemoryTokenStore { Token = await SandboxSignIn.SignInAsync(server) };
        var first = store.Token!;
        await using var harness = Connect(server, store);
        await harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct);

        server.Control.ExpireTokens();
        server.Control.ResetCounters();
        var calls = Enumerable.Range(0, 200).Select(_ => Task.Run(() => harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct), Ct));
        await Task.WhenAll(calls);

        Assert.Equal(1, server.Control.GetCounters().Refreshes);
        Assert.Equal(1, store.Writes);
        Assert.NotEqual(first.RefreshToken, store.Token!.RefreshToken);
        Assert.Equal(SandboxDemo.RegularUserId, harness.Runtime.Tokens.SageUser);
    }

    [Fact]
    public async Task Refresh_RotatedRefreshToken_IsStoredBeforeTheNewAccessTokenIsUsed()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        var signIn = await SandboxSignIn.SignInAsync(server);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The stored access token has expired: the first call must refresh, and the store write is held open.
        var store = new MemoryTokenStore { Token = signIn with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, WriteGate = gate.Task };
        await using var harness = Connect(server, store);
        server.Control.ResetCounters();

        var call = Task.Run(() => harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct), Ct);
        await store.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await Task.Delay(200, Ct);

        Assert.Equal(1, server.Control.GetCounters().Refreshes);
        Assert.Equal(0, server.Control.GetCounters().ApiRequests);
        Assert.False(call.IsCompleted);
        gate.SetResult();
        await call;
        Assert.Equal(1, server.Control.GetCounters().ApiRequests);
        Assert.NotEqual(signIn.RefreshToken, store.Token!.RefreshToken);
    }

    [Fact]
    public async Task Refresh_RefreshTokenExpired_SignInRequiredWithSageMessage_AndSageIsNotAskedAgain()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        var store = new MemoryTokenStore { Token = await SandboxSignIn.SignInAsync(server) };
        await using var harness = Connect(server, store);
        server.Control.ExpireRefreshTokens();
        server.Control.ExpireTokens();
        server.Control.ResetCounters();

        var error = await Assert.ThrowsAsync<IntacctSignInRequiredException>(() => harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct));
        var again = await Assert.ThrowsAsync<IntacctSignInRequiredException>(() => harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct));

        Assert.StartsWith("Company acme needs a new sign-in: run `intacct-mcp login --company acme`. Sage refused the refresh token: The refresh token has expired.", error.Message, StringComparison.Ordinal);
        Assert.Contains("one live sign-in per user and company", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, again.Message);
        Assert.Equal(1, server.Control.GetCounters().Refreshes);
        Assert.DoesNotContain(store.Token!.RefreshToken!, error.Message, StringComparison.Ordinal);
        Assert.NotNull(store.Token);
    }

    [Fact]
    public async Task Refresh_RefusedBecauseAnotherProcessSignedInAgain_ReadsTheStoreAgainAndGoesOn()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        var old = await SandboxSignIn.SignInAsync(server);

        // A second sign-in of the same user revokes the first one's refresh token at Sage (one live sign-in).
        var newer = await SandboxSignIn.SignInAsync(server);
        var store = new MemoryTokenStore { Token = newer };
        store.ScriptedReads.Enqueue(old with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        await using var harness = Connect(server, store);
        server.Control.ResetCounters();

        await harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct);

        Assert.Equal(1, server.Control.GetCounters().Refreshes);
        Assert.Equal(newer.AccessToken, harness.Runtime.Tokens.Current!.Value);
    }

    [Fact]
    public async Task Call_NoSignInStored_SignInRequiredNamingTheCommand()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, Ct);
        await using var harness = Connect(server, new MemoryTokenStore());

        var error = await Assert.ThrowsAsync<IntacctSignInRequiredException>(() => harness.Client.ListObjectsAsync(Vendor, cancellationToken: Ct));

        Assert.StartsWith("Company acme needs a sign-in: run `intacct-mcp login --company acme`.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Control.GetCounters().TokenRequests);
    }

    private static ClientHarness Connect(SandboxServer server, MemoryTokenStore store) =>
        ClientHarness.Create(server.ApiBaseUrl, o => SandboxSignIn.Configure(o, server), services: s => s.AddSingleton<IIntacctTokenStore>(store));
}
