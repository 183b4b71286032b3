using System.Net;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

/// <summary>The answers the specification asks for where the SDK alone would answer otherwise.</summary>
public sealed class ProtocolScreeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("1999-01-01")]
    public async Task Initialize_UnknownVersion_AnswersLatestHandshakeVersion(string version)
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody.Replace("2025-11-25", version, StringComparison.Ordinal)), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2025-11-25", message["result"]?["protocolVersion"]?.GetValue<string>());
    }

    [Fact]
    public async Task Initialize_PerRequestVersion_RefusedWithHandshakeVersions()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, RawMcp.InitializeBody.Replace("2025-11-25", "2026-07-28", StringComparison.Ordinal)), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(-32022, RawMcp.ErrorCode(message));
        Assert.Contains("2025-11-25", message["error"]!["data"]!["supported"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task SetLevel_UnknownLevel_InvalidParams()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, """{"jsonrpc":"2.0","id":5,"method":"logging/setLevel","params":{"level":"loud"}}"""), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(-32602, RawMcp.ErrorCode(message));
        Assert.Equal(5, message["id"]?.GetValue<int>());
    }

    [Fact]
    public async Task SetLevel_KnownLevel_Served()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, """{"jsonrpc":"2.0","id":5,"method":"logging/setLevel","params":{"level":"warning"}}"""), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.NotNull(message["result"]);
    }

    [Fact]
    public async Task ToolsCall_UnknownTool_InvalidParams()
    {
        await using var server = await TestHttpServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(RawMcp.Post(server.Endpoint, """{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}"""), Ct);
        var message = await RawMcp.ReadMessageAsync(response);

        Assert.Equal(-32602, RawMcp.ErrorCode(message));
        Assert.Contains("no_such_tool", message["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
