using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// The built executable as Claude Desktop runs it (<c>intacct-mcp stdio --allow-writes</c>, credentials in INTACCT_*
/// environment variables) pointed at an in-process sandbox, with the SDK's stdio client.
/// </summary>
public sealed class StdioServerFixture : IEndToEndServer, IAsyncLifetime
{
    private readonly List<string> _stderr = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<SandboxRequest> _requests = new();
    private DirectoryInfo? _home;

    /// <inheritdoc/>
    public SandboxServer Sandbox { get; private set; } = null!;

    /// <inheritdoc/>
    public McpClient Client { get; private set; } = null!;

    /// <summary>Gets every request the sandbox has received from the server, in order.</summary>
    public IReadOnlyList<SandboxRequest> Requests => [.. _requests];

    /// <summary>Gets the server's stderr so far.</summary>
    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_stderr)
            {
                return [.. _stderr];
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, RequestObserver = _requests.Enqueue }, cancellationToken);
        _home = Directory.CreateTempSubdirectory("intacct-mcp-e2e-");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", "--allow-writes"],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["INTACCT_CLIENT_ID"] = SandboxDemo.ClientId,
                ["INTACCT_CLIENT_SECRET"] = SandboxDemo.ClientSecret,
                ["INTACCT_USERNAME"] = SandboxDemo.Username,
                ["INTACCT_BASE_URL"] = Sandbox.ApiBaseUrl.ToString(),
                ["INTACCT_MCP_HOME"] = _home.FullName,
                ["INTACCT_MCP_Store__PersistTokens"] = "false",
            },
            StandardErrorLines = line =>
            {
                lock (_stderr)
                {
                    _stderr.Add(line);
                }
            },
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });

        // A generous probe timeout: a slow first start on a busy machine must not make the client fall back mid-probe.
        Client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        _home?.Delete(recursive: true);
    }
}
