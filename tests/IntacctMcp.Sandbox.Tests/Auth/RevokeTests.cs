using System.Net;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Auth;

public sealed class RevokeTests
{
    [Fact]
    public async Task Revoke_AccessToken_RevokesTheUsersWholePool()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var tokens = await driver.TokensAsync();
        var accessToken = tokens["access_token"]!.GetValue<string>();

        var status = await driver.RevokeAsync(accessToken);
        var call = await SignInDriver.CallAsync(server, accessToken);
        var refresh = await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, call.Status);
        Assert.Equal("GW-0040", call.Error["errorId"]!.GetValue<string>());
        AuthorizationCodeTests.AssertInvalidGrant(refresh, "revoked");
    }

    [Fact]
    public async Task Revoke_RefreshToken_RefusesTheAccessTokensToo()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var tokens = await driver.TokensAsync();

        var status = await driver.RevokeAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInDriver.CallAsync(server, tokens["access_token"]!.GetValue<string>())).Status);
        AuthorizationCodeTests.AssertInvalidGrant(await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>()), "revoked");
    }

    [Fact]
    public async Task Revoke_OneUser_LeavesOtherUsersAndTheWebServicesUserAlone()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var jane = await driver.TokensAsync();
        var maria = await driver.TokensAsync(SandboxDemo.SecondRegularUserId);
        using var service = await SandboxClient.ConnectAsync(server);

        await driver.RevokeAsync(jane["access_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await SignInDriver.CallAsync(server, maria["access_token"]!.GetValue<string>())).Status);
        Assert.Equal(HttpStatusCode.OK, (await driver.RefreshAsync(maria["refresh_token"]!.GetValue<string>())).Status);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("objects/accounts-payable/vendor")).Status);
    }

    [Fact]
    public async Task Revoke_UnknownToken_Answers200AndMissingToken400()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        Assert.Equal(HttpStatusCode.OK, await driver.RevokeAsync("not-a-token"));
        Assert.Equal(HttpStatusCode.BadRequest, await driver.RevokeAsync(string.Empty));
    }
}
