using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Auth;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Admin;

/// <summary>The admin endpoint's part in the authorization-code flow: expiring tokens and counting sign-ins and refreshes, over HTTP.</summary>
public sealed class SignInAdminTests
{
    [Fact]
    public async Task ExpireRefreshTokens_OverHttp_NextRefreshHasExpired()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        using var admin = new HttpClient();
        var tokens = await driver.TokensAsync();

        using var expire = await admin.PostAsync(server.AdminUrl + "/expire-refresh-tokens?company=DEMO", null, TestContext.Current.CancellationToken);
        var refresh = await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        AuthorizationCodeTests.AssertInvalidGrant(refresh, "The refresh token has expired.");
        Assert.Equal(HttpStatusCode.OK, (await SignInDriver.CallAsync(server, tokens["access_token"]!.GetValue<string>())).Status);
    }

    [Fact]
    public async Task ExpireRefreshTokens_UnknownCompany_Answers404()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var admin = new HttpClient();

        using var response = await admin.PostAsync(server.AdminUrl + "/expire-refresh-tokens?company=NOPE", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExpireTokens_RegularUsersAccessTokens_ExpireAndRefreshStillWorks()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        using var admin = new HttpClient();
        var tokens = await driver.TokensAsync();

        using var expire = await admin.PostAsync(server.AdminUrl + "/expire-tokens", null, TestContext.Current.CancellationToken);
        var call = await SignInDriver.CallAsync(server, tokens["access_token"]!.GetValue<string>());
        var refresh = await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, call.Status);
        Assert.Equal(HttpStatusCode.OK, refresh.Status);
    }

    [Fact]
    public async Task Counters_OverHttp_CountCodeExchangesAndRefreshes_AndResetZeroesThem()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        using var admin = new HttpClient();
        var tokens = await driver.TokensAsync();
        await driver.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        var counters = JsonNode.Parse(await admin.GetStringAsync(server.AdminUrl + "/counters", TestContext.Current.CancellationToken))!;
        using var reset = await admin.PostAsync(server.AdminUrl + "/reset-counters", null, TestContext.Current.CancellationToken);
        var after = server.Control.GetCounters();

        Assert.Equal(1, counters["codeExchanges"]!.GetValue<long>());
        Assert.Equal(1, counters["refreshes"]!.GetValue<long>());
        Assert.Equal(2, counters["tokenRequests"]!.GetValue<long>());
        Assert.Equal((0L, 0L, 0L), (after.CodeExchanges, after.Refreshes, after.TokenRequests));
    }
}
