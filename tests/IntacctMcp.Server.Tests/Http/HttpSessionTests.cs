using System.Net;
using IntacctMcp.Server.Http.Sessions;
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
    public async Task PruneIdle_SessionIdleLongerThanTimeout_Ended()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestHttpServer.StartAsync(Stateful, configureServices: services => services.AddSingleton<TimeProvider>(time));
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, server);
        var store = server.Services.GetRequiredService<McpSessionStore>();

        // The idle sweeper runs on the same fake clock, so either it or the explicit call ends the session, once.
        time.Advance(TimeSpan.FromMinutes(9));
        var prunedEarly = await store.PruneIdleAsync();
        var countEarly = store.Count;
        time.Advance(TimeSpan.FromMinutes(2));
        await store.PruneIdleAsync();
        using var after = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", sessionId), Ct);

        Assert.Equal((0, 1), (prunedEarly, countEarly));
        Assert.Equal(0, store.Count);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Initialize_AtSessionCap_OldestIdleSessionEnded()
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

        using var firstAfter = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", first), Ct);
        using var secondAfter = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.ToolsListBody).WithHeader("Mcp-Session-Id", second), Ct);

        Assert.Equal(HttpStatusCode.NotFound, firstAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondAfter.StatusCode);
        Assert.Equal(2, server.Services.GetRequiredService<McpSessionStore>().Count);
        Assert.NotEqual(second, third);
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

    private static async Task<string> InitializeAsync(HttpClient http, TestHttpServer server)
    {
        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Mcp-Session-Id").Single();
    }
}
