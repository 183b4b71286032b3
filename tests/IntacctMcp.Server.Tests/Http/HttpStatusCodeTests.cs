using System.Net;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

public sealed class HttpStatusCodeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_RawInitialize_AnswersSseWithResultAndNoBuffering()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", response.Headers.GetValues("X-Accel-Buffering").Single());
        Assert.Equal("2025-11-25", message["result"]?["protocolVersion"]?.GetValue<string>());
        Assert.False(response.Headers.Contains("Mcp-Session-Id"));
    }

    [Fact]
    public async Task Post_AcceptWithoutEventStream_Returns406()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody, accept: "application/json"), Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(-32000, RawMcp.ErrorCode(await RawMcp.ReadMessageAsync(response)));
    }

    [Fact]
    public async Task Post_TextContentType_Returns415()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody, contentType: "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", -32700)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,", -32700)]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"ping"}]""", -32600)]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"ping"}""", -32600)]
    public async Task Post_MalformedJsonOrJsonRpc_Returns400ParseErrorOrInvalidRequest(string body, int expectedCode)
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, body), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expectedCode, RawMcp.ErrorCode(message));
        Assert.Null(message["id"]);
    }

    [Fact]
    public async Task Post_UnsupportedProtocolVersion_Returns400WithSupportedList()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("MCP-Protocol-Version", "1999-01-01"), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(-32022, RawMcp.ErrorCode(message));
        Assert.Equal(2, message["id"]?.GetValue<int>());
        // A stateless server advertises the per-request revisions there (what server/discover offers, SEP-2575).
        Assert.Contains("2026-07-28", message["error"]!["data"]!["supported"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        await using var server = await TestHttpServer.StartAsync(new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "1024" });
        using var http = new HttpClient();
        var body = """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"echo","arguments":{"message":"PAD"}}}""".Replace("PAD", new string('x', 4096), StringComparison.Ordinal);

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, body), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ForeignOrigin_Returns403()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Origin", "https://evil.example"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_LoopbackOrigin_Served()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody).WithHeader("Origin", "http://localhost:6274"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Notification_Returns202()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, """{"jsonrpc":"2.0","method":"notifications/initialized"}"""), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Get_Stateless_Returns405AllowPost()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.Endpoint, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_SessionHeaderWhenStateless_Returns400()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", "abc"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_PerRequestEraRemovedMethod_Returns404()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        const string Body = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2026-07-28","capabilities":{},"clientInfo":{"name":"raw","version":"1"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}""";
        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, Body).WithHeader("MCP-Protocol-Version", "2026-07-28").WithHeader("Mcp-Method", "initialize"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(-32601, RawMcp.ErrorCode(await RawMcp.ReadMessageAsync(response)));
    }

    [Fact]
    public async Task Healthz_NoAuthentication_Returns200Ok()
    {
        await using var server = await TestHttpServer.StartAsync(new Dictionary<string, string?> { ["Http:ApiKeys:0:Name"] = "k", ["Http:ApiKeys:0:Sha256"] = new string('a', 64), ["Http:ApiKeys:0:Scopes:0"] = "read" });
        using var http = new HttpClient();

        var body = await http.GetStringAsync(new Uri(server.Root, "healthz"), Ct);

        Assert.Equal("""{"status":"ok"}""", body);
    }
}
