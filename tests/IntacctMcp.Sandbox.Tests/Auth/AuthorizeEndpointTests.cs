using System.Net;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Auth;

public sealed class AuthorizeEndpointTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    [Theory]
    [InlineData("unknown-client", SignInDriver.RedirectUri, "Unknown client_id")]
    [InlineData(SandboxDemo.PublicClientId, "http://example.com/callback", "redirect_uri is not allowed")]
    [InlineData(SandboxDemo.PublicClientId, "not a uri", "redirect_uri is not allowed")]
    [InlineData(SandboxDemo.PublicClientId, "", "redirect_uri parameter is missing")]
    public async Task Authorize_RequestThatCannotBeRedirected_Answers400PageWithoutRedirect(string clientId, string redirectUri, string reason)
    {
        using var driver = new SignInDriver(fixture.Server);

        using var response = await driver.GetAsync(driver.AuthorizeUrl(clientId, redirectUri: redirectUri));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(reason, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://app.example.com/oauth/callback")]
    [InlineData("https://127.0.0.1:8899/callback")]
    [InlineData("http://localhost:4000/callback")]
    public async Task Authorize_AllowedRedirectUris_ShowTheConsentPage(string redirectUri)
    {
        using var driver = new SignInDriver(fixture.Server);

        using var response = await driver.GetAsync(driver.AuthorizeUrl(redirectUri: redirectUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("token", "S256", "", "invalid_request")]
    [InlineData("code", "plain", "", "invalid_request")]
    [InlineData("code", null, null, "invalid_request")]
    [InlineData("code", "S256", "offline_access admin", "invalid_scope")]
    public async Task Authorize_BadParameters_RedirectWithErrorAndState(string responseType, string? method, string? challengeOrScope, string error)
    {
        using var driver = new SignInDriver(fixture.Server);
        var url = error == "invalid_scope"
            ? driver.AuthorizeUrl(scope: challengeOrScope)
            : driver.AuthorizeUrl(responseType: responseType, method: method, challenge: challengeOrScope);

        using var response = await driver.GetAsync(url);
        var callback = SignInDriver.CallbackParameters(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith(SignInDriver.RedirectUri + "?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(error, callback["error"]);
        Assert.Equal("st-123", callback["state"]);
    }

    [Theory]
    [InlineData("company_id", "NOPE", "Unknown company 'NOPE'")]
    [InlineData("user_id", "nobody", "Unknown user 'nobody'")]
    [InlineData("user_id", SandboxDemo.UserId, "is a Web Services user")]
    [InlineData("entity_id", "E999", "Unknown entity 'E999'")]
    public async Task Consent_BadSignIn_ReRendersThePageWithTheError(string field, string value, string message)
    {
        using var driver = new SignInDriver(fixture.Server);
        using var page = await driver.GetAsync(driver.AuthorizeUrl());

        using var answer = await driver.SubmitAsync(
            await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), changes: new Dictionary<string, string> { [field] = value });
        var html = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_ClientNotAuthorizedForTheCompany_ReRendersThePage()
    {
        using var driver = new SignInDriver(fixture.Server);
        using var page = await driver.GetAsync(driver.AuthorizeUrl(SandboxDemo.UnauthorizedClientId, challenge: null, method: null));

        using var answer = await driver.SubmitAsync(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Authorized client applications", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_CompanyIdInOtherCase_SignsIn()
    {
        using var driver = new SignInDriver(fixture.Server);

        var callback = await driver.SignInAsync(driver.AuthorizeUrl(), changes: new Dictionary<string, string> { ["company_id"] = "demo", ["user_id"] = "JSMITH" });
        var tokens = await driver.ExchangeAsync(callback["code"]);

        Assert.Equal(SandboxDemo.RegularUserId, SignInDriver.Claims(tokens.Body!["access_token"]!.GetValue<string>())["userId"]!.GetValue<string>());
    }
}
