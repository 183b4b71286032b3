using System.Text.Json;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

using static IntacctMcp.Server.Tests.Confirmation.ConfirmedBills;

namespace IntacctMcp.Server.Tests.Confirmation;

/// <summary>
/// The built executable over stdio against the sandbox: a client that declares elicitation is asked before
/// <c>create_bill</c> posts (declining creates nothing in Sage, accepting exactly one bill); with <c>--confirm-writes</c>
/// a client that cannot be asked gets a preview and a token first.
/// </summary>
public sealed class StdioConfirmedWritesTests
{
    /// <summary>2025-11-25: the SDK sends elicitation/create on the session; 2026-07-28 (the client's default): an input-required result the client answers by repeating the call.</summary>
    /// <param name="protocol">The protocol revision the client pins, or <see langword="null"/> for its default.</param>
    [Theory]
    [InlineData("2025-11-25")]
    [InlineData(null)]
    public async Task CreateBill_ClientDeclinesThenAccepts_NothingThenExactlyOneBill(string? protocol)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        var questions = new List<string>();
        var answer = "decline";
        var options = new McpClientOptions
        {
            ProtocolVersion = protocol,
            DiscoverProbeTimeout = TimeSpan.FromSeconds(30),
            Handlers = new McpClientHandlers
            {
                ElicitationHandler = (request, _) =>
                {
                    questions.Add(request!.Message);
                    return ValueTask.FromResult(answer == "accept"
                        ? new ElicitResult { Action = "accept", Content = new Dictionary<string, JsonElement> { ["confirm"] = JsonSerializer.SerializeToElement(true) } }
                        : new ElicitResult { Action = answer });
                },
            },
        };
        await using var server = await StartAsync(sandbox, options, "--allow-writes");

        var declined = await server.Client.CallToolAsync("create_bill", Bill("STDIO-CONFIRM"), cancellationToken: ct);
        var afterDecline = Bills(sandbox, "STDIO-CONFIRM");
        answer = "accept";
        var accepted = await server.Client.CallToolAsync("create_bill", Bill("STDIO-CONFIRM"), cancellationToken: ct);

        Assert.NotEqual(true, declined.IsError);
        Assert.StartsWith("Not posted: the user declined.", Text(declined), StringComparison.Ordinal);
        Assert.Equal(0, afterDecline);
        Assert.NotEqual(true, accepted.IsError);
        Assert.StartsWith("Created in default: Bill for V", Text(accepted), StringComparison.Ordinal);
        Assert.Equal(1, Bills(sandbox, "STDIO-CONFIRM"));
        Assert.Equal(protocol ?? "2026-07-28", server.Client.NegotiatedProtocolVersion);
        Assert.Equal(2, questions.Count);
        Assert.All(questions, q => Assert.Contains("Acme Maintenance", q, StringComparison.Ordinal));
        Assert.Contains(server.Stderr, l => l.Contains("declined the write to company", StringComparison.Ordinal));
        Assert.Contains(server.Stderr, l => l.Contains("accepted the write to company", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateBill_ConfirmWritesClientWithoutElicitation_PreviewAndTokenThenPostsOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var server = await StartAsync(sandbox, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, "--allow-writes", "--confirm-writes");

        var preview = await server.Client.CallToolAsync("create_bill", Bill("STDIO-TOKEN"), cancellationToken: ct);
        var token = preview.StructuredContent!.Value.GetProperty("confirmationToken").GetString();
        var afterPreview = Bills(sandbox, "STDIO-TOKEN");
        var posted = await server.Client.CallToolAsync("create_bill", new Dictionary<string, object?>(Bill("STDIO-TOKEN")) { ["confirmationToken"] = token }, cancellationToken: ct);

        Assert.StartsWith("Not posted yet", Text(preview), StringComparison.Ordinal);
        Assert.Equal(0, afterPreview);
        Assert.NotEqual(true, posted.IsError);
        Assert.Equal(1, Bills(sandbox, "STDIO-TOKEN"));
        Assert.DoesNotContain(server.Stderr, l => l.Contains(token!, StringComparison.Ordinal));
    }

    private static async Task<StdioServer> StartAsync(SandboxServer sandbox, McpClientOptions options, params string[] switches)
    {
        var home = Directory.CreateTempSubdirectory("intacct-mcp-confirm-");
        var stderr = new List<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", .. switches],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["INTACCT_CLIENT_ID"] = SandboxDemo.ClientId,
                ["INTACCT_CLIENT_SECRET"] = SandboxDemo.ClientSecret,
                ["INTACCT_USERNAME"] = SandboxDemo.Username,
                ["INTACCT_BASE_URL"] = sandbox.ApiBaseUrl.ToString(),
                ["INTACCT_MCP_HOME"] = home.FullName,
                ["INTACCT_MCP_Store__PersistTokens"] = "false",
            },
            StandardErrorLines = line =>
            {
                lock (stderr)
                {
                    stderr.Add(line);
                }
            },
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        var client = await McpClient.CreateAsync(transport, options, cancellationToken: TestContext.Current.CancellationToken);
        return new StdioServer(client, home, stderr);
    }

    private sealed class StdioServer(McpClient client, DirectoryInfo home, List<string> stderr) : IAsyncDisposable
    {
        public McpClient Client => client;

        public IReadOnlyList<string> Stderr
        {
            get
            {
                lock (stderr)
                {
                    return [.. stderr];
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await client.DisposeAsync();
            home.Delete(recursive: true);
        }
    }
}
