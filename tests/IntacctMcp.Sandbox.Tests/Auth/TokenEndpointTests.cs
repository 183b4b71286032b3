using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Auth;

public sealed class TokenEndpointTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Token_DemoCredentialsAsForm_IssuesBearerWithLifetime()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = SandboxClient.Anonymous(server);

        var result = await client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Bearer", result.Body!["token_type"]!.GetValue<string>());
        Assert.Equal(43200, result.Body["expires_in"]!.GetValue<int>());
        var payload = DecodePayload(result.Body["access_token"]!.GetValue<string>());
        Assert.Equal("DEMO", payload["cnyId"]!.GetValue<string>());
        Assert.Equal(1, server.Control.GetCounters().TokenRequests);
    }

    [Fact]
    public async Task Token_JsonBody_IsAccepted()
    {
        var server = fixture.Server;
        using var client = SandboxClient.Anonymous(server);

        var result = await client.SendAsync(HttpMethod.Post, "oauth2/token", new StringContent(
            $$"""{"grant_type":"client_credentials","client_id":"{{SandboxDemo.ClientId}}","client_secret":"{{SandboxDemo.ClientSecret}}","username":"{{SandboxDemo.Username}}"}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Theory]
    [InlineData(SandboxDemo.ClientId, "wrong-secret", SandboxDemo.Username, 401, "invalid_client", "REST-1216")]
    [InlineData(SandboxDemo.ClientId + " ", SandboxDemo.ClientSecret, SandboxDemo.Username, 401, "invalid_client", "REST-1216")]
    [InlineData(SandboxDemo.UnauthorizedClientId, SandboxDemo.UnauthorizedClientSecret, SandboxDemo.Username, 400, "unauthorized_client", "GW-0011")]
    [InlineData(SandboxDemo.ClientId, SandboxDemo.ClientSecret, "someone@DEMO", 400, "invalid_grant", "GW-0034")]
    [InlineData(SandboxDemo.ClientId, SandboxDemo.ClientSecret, "ai-api@Sandbox Demo Company", 400, "invalid_grant", "GW-0033")]
    [InlineData(SandboxDemo.ClientId, SandboxDemo.ClientSecret, "ai-api@DEMO|E999", 400, "invalid_grant", "GW-0036")]
    public async Task Token_BadCredentials_AnswerSagesErrorShape(string clientId, string secret, string username, int status, string code, string errorId)
    {
        var server = fixture.Server;
        using var client = SandboxClient.Anonymous(server);

        var result = await client.RequestTokenAsync(clientId, secret, username);

        Assert.Equal(status, (int)result.Status);
        var error = result.Body!["error"]!;
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Equal(errorId, error["errorId"]!.GetValue<string>());
        Assert.DoesNotContain(secret, result.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_UnsupportedGrant_IsRejected()
    {
        var server = fixture.Server;
        using var client = SandboxClient.Anonymous(server);

        var result = await client.SendAsync(HttpMethod.Post, "oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = SandboxDemo.ClientId,
            ["client_secret"] = SandboxDemo.ClientSecret,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("unsupported_grant_type", result.Body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_WithoutToken_Answers401Gw0040()
    {
        var server = fixture.Server;
        using var client = SandboxClient.Anonymous(server);

        var result = await client.GetAsync("objects/accounts-payable/vendor");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("GW-0040", result.Body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_AfterTokenLifetime_Answers401Gw0040()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, TokenLifetimeSeconds = 600 }, TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);
        var before = await client.GetAsync("objects/accounts-payable/vendor");

        clock.Advance(TimeSpan.FromSeconds(600));
        var after = await client.GetAsync("objects/accounts-payable/vendor");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
        Assert.Equal("GW-0040", after.Body!["error"]!["errorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_ExpiredTokenWithRest1206Option_Answers400()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(
            new SandboxOptions { TimeProvider = clock, TokenLifetimeSeconds = 60, ExpiredTokenAsRest1206 = true }, TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);

        clock.Advance(TimeSpan.FromMinutes(2));
        var result = await client.GetAsync("objects/accounts-payable/vendor");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("REST-1206", result.Error["errorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExpireTokens_InvalidatesIssuedTokensButNotNewOnes()
    {
        await using var server = await SandboxServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);

        server.Control.ExpireTokens();
        var expired = await client.GetAsync("objects/accounts-payable/vendor");
        using var fresh = await SandboxClient.ConnectAsync(server);
        var renewed = await fresh.GetAsync("objects/accounts-payable/vendor");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
    }

    [Fact]
    public async Task Token_EntityInUsername_ScopesEveryRead()
    {
        var server = fixture.Server;
        using var client = await SandboxClient.ConnectAsync(server, SandboxDemo.Username + "|E200");
        var expected = server.ExportObjects("accounts-payable/bill").Count(b => b["entity"]!["id"]!.GetValue<string>() == "E200");

        var result = await client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "entity.id" }, size = 4000 });

        Assert.Equal(expected, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal("E200", r!["entity.id"]!.GetValue<string>()));
    }

    private static JsonNode DecodePayload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(part))!;
    }
}
