using System.Text.Json;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

using static IntacctMcp.Server.Tests.Confirmation.ConfirmedBills;

namespace IntacctMcp.Server.Tests.Confirmation;

/// <summary>
/// Writes the user confirms over Streamable HTTP: asked on a stateful session (2025-11-25) and under 2026-07-28 (also
/// stateless); an older client over stateless HTTP cannot be asked, so it gets the token flow with ConfirmWrites, else
/// posts as before.
/// </summary>
public sealed class HttpConfirmedWritesTests
{
    private static readonly string Key = ApiKeys.Create();

    [Theory]
    [InlineData(true, "2025-11-25")]
    [InlineData(true, null)]
    [InlineData(false, null)]
    public async Task CreateBill_ClientThatCanBeAsked_DeclineCreatesNothing_AcceptCreatesOne(bool stateful, string? protocol)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var server = await TestHttpServer.StartAsync(Settings(sandbox, stateful, confirmWrites: false), configureMcp: _ => { });
        var answer = "decline";
        var asked = 0;
        await using var client = await ConnectAsync(server, protocol, (_, _) =>
        {
            Interlocked.Increment(ref asked);
            return ValueTask.FromResult(answer == "accept" ? Accept() : new ElicitResult { Action = answer });
        });

        var declined = await client.CallToolAsync("create_bill", Bill("HTTP-CONFIRM"), cancellationToken: ct);
        var afterDecline = Bills(sandbox, "HTTP-CONFIRM");
        answer = "accept";
        var accepted = await client.CallToolAsync("create_bill", Bill("HTTP-CONFIRM"), cancellationToken: ct);

        Assert.Equal(stateful && protocol is not null, client.SessionId is not null);
        Assert.StartsWith("Not posted: the user declined.", Text(declined), StringComparison.Ordinal);
        Assert.Equal(0, afterDecline);
        Assert.NotEqual(true, accepted.IsError);
        Assert.Equal(1, Bills(sandbox, "HTTP-CONFIRM"));
        Assert.Equal(2, asked);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateBill_OlderClientOverStatelessHttp_CannotBeAsked_TokenWithConfirmWritesElsePostsAsBefore(bool confirmWrites)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var server = await TestHttpServer.StartAsync(Settings(sandbox, stateful: false, confirmWrites), configureMcp: _ => { });
        var asked = 0;
        await using var client = await ConnectAsync(server, "2025-11-25", (_, _) =>
        {
            Interlocked.Increment(ref asked);
            return ValueTask.FromResult(Accept());
        });

        var first = await client.CallToolAsync("create_bill", Bill("HTTP-OLD"), cancellationToken: ct);
        var afterFirst = Bills(sandbox, "HTTP-OLD");

        Assert.Equal(0, asked);
        Assert.NotEqual(true, first.IsError);
        if (!confirmWrites)
        {
            Assert.StartsWith("Created in demo", Text(first), StringComparison.Ordinal);
            Assert.Equal(1, afterFirst);
            return;
        }

        Assert.StartsWith("Not posted yet", Text(first), StringComparison.Ordinal);
        Assert.Equal(0, afterFirst);
        var token = first.StructuredContent!.Value.GetProperty("confirmationToken").GetString();
        var posted = await client.CallToolAsync("create_bill", new Dictionary<string, object?>(Bill("HTTP-OLD")) { ["confirmationToken"] = token }, cancellationToken: ct);
        Assert.NotEqual(true, posted.IsError);
        Assert.Equal(1, Bills(sandbox, "HTTP-OLD"));
    }

    private static async Task<McpClient> ConnectAsync(TestHttpServer server, string? protocol, Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>> answer) =>
        await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = server.Endpoint,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key },
            }),
            new McpClientOptions
            {
                ProtocolVersion = protocol,
                DiscoverProbeTimeout = TimeSpan.FromSeconds(30),
                Handlers = new McpClientHandlers { ElicitationHandler = answer },
            },
            cancellationToken: TestContext.Current.CancellationToken);

    private static ElicitResult Accept() =>
        new() { Action = "accept", Content = new Dictionary<string, JsonElement> { ["confirm"] = JsonSerializer.SerializeToElement(true) } };

    private static Dictionary<string, string?> Settings(SandboxServer sandbox, bool stateful, bool confirmWrites)
    {
        var settings = SandboxHttpSettings.For(sandbox, Key, stateful, "read", "write");
        settings["Tools:AllowWrites"] = "true";
        settings["Tools:ConfirmWrites"] = confirmWrites ? "true" : "false";
        return settings;
    }
}
