using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Auth;

public sealed class AuthorizationCodeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SignIn_PageAllowExchange_TokenActsAsTheSignedInPerson()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        using var page = await driver.GetAsync(driver.AuthorizeUrl());
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var callback = await driver.SignInAsync(driver.AuthorizeUrl());
        var tokens = await driver.ExchangeAsync(callback["code"]);

        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("name=\"decision\" value=\"deny\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("st-123", callback["state"]);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(43200, tokens.Body!["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(tokens.Body["refresh_token"]!.GetValue<string>()));
        var accessToken = tokens.Body["access_token"]!.GetValue<string>();
        var claims = SignInDriver.Claims(accessToken);
        Assert.Equal(SandboxDemo.RegularUserId, claims["userId"]!.GetValue<string>());
        Assert.Equal(SandboxDemo.CompanyId, claims["cnyId"]!.GetValue<string>());
        Assert.Equal(SandboxDemo.PublicClientId, claims["clientId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(claims["sessionId"]?.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await SignInDriver.CallAsync(server, accessToken)).Status);
        Assert.Equal(1, server.Control.GetCounters().CodeExchanges);
    }

    [Fact]
    public async Task SignIn_WriteWithTheToken_IsStampedWithThePerson()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var tokens = await driver.TokensAsync(SandboxDemo.SecondRegularUserId);
        using var client = SandboxClient.Anonymous(server);
        client.UseToken(tokens["access_token"]!.GetValue<string>());

        var created = await client.PostAsync("objects/accounts-payable/vendor", new JsonObject { ["name"] = "Signed-in Vendor" });
        var vendor = await client.GetAsync("objects/accounts-payable/vendor/" + created.Result["key"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(SandboxDemo.SecondRegularUserId, vendor.Result["audit"]!["createdBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_WithEntity_TokenCarriesTheEntity()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var code = await driver.CodeAsync(changes: new Dictionary<string, string> { ["entity_id"] = "E100" });
        var tokens = await driver.ExchangeAsync(code);

        Assert.Equal("E100", SignInDriver.Claims(tokens.Body!["access_token"]!.GetValue<string>())["entityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_Deny_RedirectsWithAccessDeniedAndState()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var callback = await driver.SignInAsync(driver.AuthorizeUrl(), decision: "deny");

        Assert.Equal("access_denied", callback["error"]);
        Assert.Equal("st-123", callback["state"]);
        Assert.False(callback.ContainsKey("code"));
    }

    [Fact]
    public async Task SignIn_WithoutState_RedirectCarriesNoState()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var callback = await driver.SignInAsync(driver.AuthorizeUrl(state: null));

        Assert.True(callback.ContainsKey("code"));
        Assert.False(callback.ContainsKey("state"));
    }

    [Fact]
    public async Task Exchange_WrongVerifier_InvalidGrant()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var result = await driver.ExchangeAsync(await driver.CodeAsync(), verifier: new string('a', 43));

        AssertInvalidGrant(result, "code_verifier");
    }

    [Fact]
    public async Task Exchange_CodeUsedTwice_SecondIsRefused()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var code = await driver.CodeAsync();

        var first = await driver.ExchangeAsync(code);
        var second = await driver.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        AssertInvalidGrant(second, "already been used");
    }

    [Fact]
    public async Task Exchange_AfterTenMinutes_CodeHasExpired()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock }, TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        var code = await driver.CodeAsync();

        clock.Advance(TimeSpan.FromMinutes(10));
        var result = await driver.ExchangeAsync(code);

        AssertInvalidGrant(result, "expired");
    }

    [Fact]
    public async Task Exchange_OtherRedirectUri_InvalidGrant()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var result = await driver.ExchangeAsync(await driver.CodeAsync(), redirectUri: "http://127.0.0.1:53683/callback");

        AssertInvalidGrant(result, "redirect_uri");
    }

    [Fact]
    public async Task Exchange_ConfidentialClient_NeedsItsSecret()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var withoutSecret = await driver.ExchangeAsync(await driver.CodeAsync(SandboxDemo.ClientId), clientId: SandboxDemo.ClientId);
        var wrongSecret = await driver.ExchangeAsync(await driver.CodeAsync(SandboxDemo.ClientId), clientId: SandboxDemo.ClientId, secret: "wrong");
        var withSecret = await driver.ExchangeAsync(
            await driver.CodeAsync(SandboxDemo.ClientId), clientId: SandboxDemo.ClientId, secret: SandboxDemo.ClientSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.Status);
        Assert.Equal("invalid_client", withoutSecret.Error["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.Status);
        Assert.Equal(HttpStatusCode.OK, withSecret.Status);
    }

    [Fact]
    public async Task Exchange_PublicClientSendingASecret_InvalidClient()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var result = await driver.ExchangeAsync(await driver.CodeAsync(), secret: SandboxDemo.ClientSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
    }

    [Fact]
    public async Task Exchange_WithoutOfflineAccess_NoRefreshToken()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);

        var result = await driver.ExchangeAsync(await driver.CodeAsync(scope: null));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Null(result.Body!["refresh_token"]);
    }

    [Fact]
    public async Task SignIn_ExtraCompanyWithItsOwnUsers_TokenIsForThatCompany()
    {
        var options = new SandboxOptions();
        var extra = new SandboxCompanyOptions { CompanyId = "NORTH", ClientId = "north-client", ClientSecret = "north-secret", RegularUserIds = { "akim" } };
        extra.AuthorizedClientIds.Add(SandboxDemo.PublicClientId);
        options.ExtraCompanies.Add(extra);
        await using var server = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var driver = new SignInDriver(server);
        using var page = await driver.GetAsync(driver.AuthorizeUrl());
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var demoUserThere = await driver.SubmitAsync(html, changes: new Dictionary<string, string> { ["company_id"] = "NORTH" });
        var code = await driver.CodeAsync(changes: new Dictionary<string, string> { ["company_id"] = "NORTH", ["user_id"] = "akim" });
        var tokens = await driver.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, demoUserThere.StatusCode);
        Assert.Contains("Unknown user &#39;jsmith&#39;", await demoUserThere.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var claims = SignInDriver.Claims(tokens.Body!["access_token"]!.GetValue<string>());
        Assert.Equal(("NORTH", "akim"), (claims["cnyId"]!.GetValue<string>(), claims["userId"]!.GetValue<string>()));
        Assert.Equal(1, server.Control.GetCounters("NORTH").CodeExchanges);
        Assert.Equal(0, server.Control.GetCounters().CodeExchanges);
    }

    internal static void AssertInvalidGrant(ApiResult result, string messagePart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalid_grant", result.Error["code"]!.GetValue<string>());
        Assert.Contains(messagePart, result.Error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
