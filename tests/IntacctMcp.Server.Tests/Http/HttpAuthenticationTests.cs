using System.Net;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

public sealed class HttpAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_NoCredentials_Returns401WithResourceMetadata()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains($"resource_metadata=\"{server.Root}.well-known/oauth-protected-resource\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imcp_not-a-configured-key")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.bad")]
    public async Task Post_WrongBearer_Returns401InvalidToken(string token)
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());
        using var http = new HttpClient();
        using var request = RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Authorization", "Bearer " + token);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_JwtWithWrongAudience_Returns401()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());
        using var http = new HttpClient();
        using var request = RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Authorization", "Bearer " + TestCredentials.Jwt(audience: "https://other.test"));

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpiredJwt_Returns401()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());
        using var http = new HttpClient();
        using var request = RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Authorization", "Bearer " + TestCredentials.Jwt(lifetime: TimeSpan.FromMinutes(-5)));

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SdkClient_ApiKey_ToolSeesIdentityScopesAndCompanies()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());

        var text = await CallWhoAmIAsync(server, TestCredentials.WriteKey);

        Assert.Equal("apikey:writer|intacct:read intacct:write|acme", text);
    }

    [Fact]
    public async Task SdkClient_ReadApiKey_AllCompaniesReadScope()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());

        var text = await CallWhoAmIAsync(server, TestCredentials.ReadKey);

        Assert.Equal("apikey:reader|intacct:read|*", text);
    }

    [Fact]
    public async Task SdkClient_JwtWithRightAudience_ToolSeesSubjectAndScopes()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());

        var text = await CallWhoAmIAsync(server, TestCredentials.Jwt(scope: "openid intacct:read intacct:write"));

        Assert.Equal("user-42|intacct:read intacct:write|*", text);
    }

    [Fact]
    public async Task ProtectedResourceMetadata_Anonymous_DescribesResourceAndScopes()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings());
        using var http = new HttpClient();

        var json = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri(server.Root, ".well-known/oauth-protected-resource"), Ct))!;

        Assert.Equal(server.Endpoint.ToString(), json["resource"]!.GetValue<string>());
        Assert.Equal(["intacct:read", "intacct:write"], json["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_StatefulSessionUsedByAnotherKey_Returns403()
    {
        await using var server = await TestHttpServer.StartAsync(TestCredentials.Settings(stateful: true));
        using var http = new HttpClient();
        using var initialize = RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Authorization", "Bearer " + TestCredentials.ReadKey);
        using var initialized = await http.SendAsync(initialize, Ct);
        var sessionId = initialized.Headers.GetValues("Mcp-Session-Id").Single();

        using var request = RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody)
            .WithHeader("Authorization", "Bearer " + TestCredentials.WriteKey)
            .WithHeader("Mcp-Session-Id", sessionId);
        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, initialized.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<string> CallWhoAmIAsync(TestHttpServer server, string bearer)
    {
        var options = new HttpClientTransportOptions { Endpoint = server.Endpoint, TransportMode = HttpTransportMode.StreamableHttp };
        options.AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + bearer };
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(options), new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var result = await client.CallToolAsync("whoami", cancellationToken: Ct);
        return Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
    }
}
