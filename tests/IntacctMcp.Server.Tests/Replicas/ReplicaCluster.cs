using IntacctMcp.Intacct;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>
/// Several replicas of the real HTTP host, in this process but each with its own services (token cache, limiter, key
/// ring in memory, home), over one sandbox company, each with an SDK client.
/// </summary>
internal sealed class ReplicaCluster : IAsyncDisposable
{
    private static readonly string Key = ApiKeys.Create();
    private readonly List<TestHttpServer> _servers;
    private readonly List<DirectoryInfo> _homes;

    private ReplicaCluster(List<TestHttpServer> servers, List<McpClient> clients, List<DirectoryInfo> homes)
    {
        _servers = servers;
        Clients = clients;
        _homes = homes;
    }

    /// <summary>Gets the replicas' services, in order.</summary>
    public IReadOnlyList<IServiceProvider> Services => [.. _servers.Select(s => s.Services)];

    /// <summary>Gets one client per replica, in order.</summary>
    public IReadOnlyList<McpClient> Clients { get; }

    /// <summary>Starts the replicas.</summary>
    /// <param name="sandbox">The sandbox serving the company.</param>
    /// <param name="count">How many replicas.</param>
    /// <param name="shared">The Redis settings (<see cref="RedisFixture.Settings"/>), or <see langword="null"/> for none.</param>
    /// <param name="extra">More settings for every replica.</param>
    /// <param name="protocol">The protocol version the clients pin, if any.</param>
    /// <returns>The replicas.</returns>
    public static async Task<ReplicaCluster> StartAsync(SandboxServer sandbox, int count, IDictionary<string, string?>? shared, IDictionary<string, string?>? extra = null, string? protocol = null)
    {
        List<TestHttpServer> servers = [];
        List<McpClient> clients = [];
        List<DirectoryInfo> homes = [];
        for (var i = 0; i < count; i++)
        {
            var home = Directory.CreateTempSubdirectory("intacct-mcp-replica-");
            homes.Add(home);
            var settings = SandboxHttpSettings.For(sandbox, Key, stateful: false, "read", "write");
            settings["Store:Path"] = home.FullName;
            foreach (var (name, value) in (shared ?? new Dictionary<string, string?>()).Concat(extra ?? new Dictionary<string, string?>()))
            {
                settings[name] = value;
            }

            var server = await TestHttpServer.StartAsync(settings, configureMcp: _ => { });
            servers.Add(server);
            clients.Add(await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Endpoint = server.Endpoint,
                    TransportMode = HttpTransportMode.StreamableHttp,
                    AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key },
                }),
                new McpClientOptions { ProtocolVersion = protocol, DiscoverProbeTimeout = TimeSpan.FromSeconds(30) },
                cancellationToken: TestContext.Current.CancellationToken));
        }

        return new ReplicaCluster(servers, clients, homes);
    }

    /// <summary>Calls a read tool on one replica and fails the test on a tool error.</summary>
    /// <param name="replica">The replica's index.</param>
    /// <param name="tool">The tool.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The result.</returns>
    public async Task<CallToolResult> CallAsync(int replica, string tool = "list_gl_accounts", IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var result = await Clients[replica].CallToolAsync(tool, arguments ?? new Dictionary<string, object?>(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsError != true, string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        return result;
    }

    /// <summary>Gets a replica's cached access token for the company, if any (its token provider's memory).</summary>
    /// <param name="replica">The replica's index.</param>
    /// <returns>The token value, or <see langword="null"/>.</returns>
    public string? CachedToken(int replica) =>
        ((IntacctClient)Services[replica].GetRequiredService<IIntacctClientProvider>().GetClient()).Runtime.Tokens.Current?.Value;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients)
        {
            await client.DisposeAsync();
        }

        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        foreach (var home in _homes)
        {
            home.Delete(recursive: true);
        }
    }
}
