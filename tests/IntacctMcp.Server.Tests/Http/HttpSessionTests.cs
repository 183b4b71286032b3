using System.Net;
using IntacctMcp.Server.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

public sealed class HttpSessionTests
{
    private static readonly Dictionary<string, string?> Stateful = new() { ["Http:Stateful"] = "true" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_UnknownSession_Returns404SessionNotFound()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", "no-such-session"), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(-32001, RawMcp.ErrorCode(message));
        Assert.Equal(2, message["id"]?.GetValue<int>());
    }

    [Fact]
    public async Task Post_NonInitializeWithoutSession_Returns400()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Session_EndsItAndLaterRequestsGet404()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, server.Endpoint).WithHeader("Mcp-Session-Id", sessionId);
        using var deleted = await http.SendAsync(delete, Ct);
        using var after = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", sessionId), Ct);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Post_KnownSession_ServedAndSessionIdEchoed()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", sessionId), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sessionId, response.Headers.GetValues("Mcp-Session-Id").Single());
        Assert.NotNull(message["result"]?["tools"]);
    }

    [Fact]
    public async Task IdleSession_LongerThanTimeout_EndedAndLaterRequestsGet404()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestHttpServer.StartAsync(Stateful, configureServices: services => services.AddSingleton<TimeProvider>(time));
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);

        time.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(TimeSpan.FromSeconds(6), Ct);
        var early = await ToolsListStatusAsync(http, server, sessionId);
        time.Advance(TimeSpan.FromMinutes(11));

        // A probe is activity too: wait for one pass of the SDK's 5-second pruning timer (real time), then look once.
        await Task.Delay(TimeSpan.FromSeconds(6), Ct);
        var late = await ToolsListStatusAsync(http, server, sessionId);

        Assert.Equal(HttpStatusCode.OK, early);
        Assert.Equal(HttpStatusCode.NotFound, late);
    }

    [Fact]
    public async Task IdleSessions_BeyondCap_OldestEnded()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestHttpServer.StartAsync(
            new Dictionary<string, string?> { ["Http:Stateful"] = "true", ["Http:MaxSessions"] = "2" },
            configureServices: services => services.AddSingleton<TimeProvider>(time));
        using var http = new HttpClient();
        var first = await InitializeAsync(http, server);
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await InitializeAsync(http, server);
        time.Advance(TimeSpan.FromSeconds(1));
        var third = await InitializeAsync(http, server);

        var firstAfter = await EventuallyAsync(() => ToolsListStatusAsync(http, server, first), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, firstAfter);
        Assert.Equal(HttpStatusCode.OK, await ToolsListStatusAsync(http, server, third));
        Assert.NotEqual(second, third);
    }

    [Fact]
    public async Task Post_PerRequestEraOnStatefulServer_ServedWithoutSession()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();
        const string Body = """{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}""";

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, Body).WithHeader("MCP-Protocol-Version", "2026-07-28").WithHeader("Mcp-Method", "tools/list"), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Mcp-Session-Id"));
        Assert.NotNull(message["result"]?["tools"]);
    }

    [Fact]
    public async Task Get_KnownSession_OpensEventStream()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);

        using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint)
            .WithHeader("Mcp-Session-Id", sessionId)
            .WithHeader("Accept", "text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_WithoutEventStreamAccept_Returns406()
    {
        await using var server = await TestHttpServer.StartAsync(Stateful);
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);

        using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint)
            .WithHeader("Mcp-Session-Id", sessionId)
            .WithHeader("Accept", "application/json");
        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private static async Task<HttpStatusCode> ToolsListStatusAsync(HttpClient http, TestHttpServer server, string sessionId)
    {
        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", sessionId), Ct);
        return response.StatusCode;
    }

    // The SDK prunes idle sessions on a 5-second timer (real time); the idle time itself is read from the test's clock.
    private static async Task<HttpStatusCode> EventuallyAsync(Func<Task<HttpStatusCode>> probe, HttpStatusCode expected)
    {
        var status = await probe();
        for (var attempt = 0; attempt < 30 && status != expected; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            status = await probe();
        }

        return status;
    }

    private static async Task<string> InitializeAsync(HttpClient http, TestHttpServer server)
    {
        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Mcp-Session-Id").Single();
    }
}
