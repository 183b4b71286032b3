using System.Net;
using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Auth;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Refresh_RotatesTheRefreshToken_OldOneRefused()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var first = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();

        var refreshed = await driver.RefreshAsync(first);
        var replayed = await driver.RefreshAsync(first);
        var second = refreshed.Body!["refresh_token"]!.GetValue<string>();
        var again = await driver.RefreshAsync(second);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(first, second);
        var accessToken = refreshed.Body["access_token"]!.GetValue<string>();
        Assert.Equal(SandboxDemo.RegularUserId, SignInDriver.Claims(accessToken)["userId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await SignInDriver.CallAsync(server, accessToken)).Status);
        AuthorizationCodeTests.AssertInvalidGrant(replayed, "The refresh token is invalid or has been revoked.");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(3, server.Control.GetCounters().Refreshes);
    }

    [Fact]
    public async Task Refresh_ConcurrentUsesOfOneToken_ExactlyOneSucceeds()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var token = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => driver.RefreshAsync(token)));

        Assert.Single(results, r => r.Status == HttpStatusCode.OK);
        Assert.Equal(20, server.Control.GetCounters().Refreshes);
    }

    [Fact]
    public async Task Refresh_AfterLifetime_HasExpired()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(
            new SandboxOptions { TimeProvider = clock, RefreshTokenLifetimeSeconds = 3600 }, TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var token = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();

        clock.Advance(TimeSpan.FromHours(1));
        var result = await driver.RefreshAsync(token);

        AuthorizationCodeTests.AssertInvalidGrant(result, "The refresh token has expired.");
    }

    [Fact]
    public async Task Refresh_AccessTokenExpired_RefreshGivesAWorkingOne()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(
            new SandboxOptions { TimeProvider = clock, TokenLifetimeSeconds = 600 }, TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var tokens = await driver.TokensAsync();

        clock.Advance(TimeSpan.FromSeconds(600));
        var stale = await SignInDriver.CallAsync(server, tokens["access_token"]!.GetValue<string>());
        var refreshed = await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, stale.Status);
        Assert.Equal(HttpStatusCode.OK, (await SignInDriver.CallAsync(server, refreshed.Body!["access_token"]!.GetValue<string>())).Status);
    }

    [Fact]
    public async Task SecondSignIn_SameUserAndClient_RevokesTheFirstRefreshToken()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var first = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();
        var otherUser = (await driver.TokensAsync(SandboxDemo.SecondRegularUserId))["refresh_token"]!.GetValue<string>();

        var second = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();

        AuthorizationCodeTests.AssertInvalidGrant(await driver.RefreshAsync(first), "revoked");
        Assert.Equal(HttpStatusCode.OK, (await driver.RefreshAsync(second)).Status);
        Assert.Equal(HttpStatusCode.OK, (await driver.RefreshAsync(otherUser)).Status);
    }

    [Fact]
    public async Task Refresh_ByAnotherClient_InvalidGrant()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var token = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();

        var result = await driver.RefreshAsync(token, SandboxDemo.ClientId, SandboxDemo.ClientSecret);

        AuthorizationCodeTests.AssertInvalidGrant(result, "invalid or has been revoked");
        Assert.Equal(HttpStatusCode.OK, (await driver.RefreshAsync(token)).Status);
    }

    [Fact]
    public async Task Refresh_ConfidentialClientWithoutSecret_InvalidClientAndTokenKept()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var exchange = await driver.ExchangeAsync(
            await driver.CodeAsync(SandboxDemo.ClientId), clientId: SandboxDemo.ClientId, secret: SandboxDemo.ClientSecret);
        var token = exchange.Body!["refresh_token"]!.GetValue<string>();

        var withoutSecret = await driver.RefreshAsync(token, SandboxDemo.ClientId);
        var withSecret = await driver.RefreshAsync(token, SandboxDemo.ClientId, SandboxDemo.ClientSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.Status);
        Assert.Equal(HttpStatusCode.OK, withSecret.Status);
    }

    [Fact]
    public async Task Refresh_InjectedTokenFailure_LeavesTheTokenUsable()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var token = (await driver.TokensAsync())["refresh_token"]!.GetValue<string>();
        server.Control.SetFaults(new SandboxFaults { TokenEndpointFailures = 1 });

        var failed = await driver.RefreshAsync(token);
        var retried = await driver.RefreshAsync(token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
    }
}
