using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// The real Streamable HTTP host on 127.0.0.1 (API-key authentication, writes allowed) with one company pointed at an
/// in-process sandbox, and the SDK's HTTP client sending a read/write key for that company.
/// </summary>
public sealed class HttpServerFixture : IEndToEndServer, IAsyncLifetime
{
    private const string Company = "demo";
    private static readonly string Key = ApiKeys.Create();
    private TestHttpServer? _server;

    /// <inheritdoc/>
    public SandboxServer Sandbox { get; private set; } = null!;

    /// <inheritdoc/>
    public McpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, cancellationToken);
        _server = await TestHttpServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Tools:AllowWrites"] = "true",
                ["Intacct:DefaultCompany"] = Company,
                [$"Intacct:Companies:{Company}:ClientId"] = SandboxDemo.ClientId,
                [$"Intacct:Companies:{Company}:ClientSecret"] = SandboxDemo.ClientSecret,
                [$"Intacct:Companies:{Company}:Username"] = SandboxDemo.Username,
                [$"Intacct:Companies:{Company}:BaseUrl"] = Sandbox.ApiBaseUrl.ToString(),
                ["Http:ApiKeys:0:Name"] = "finance-assistant",
                ["Http:ApiKeys:0:Sha256"] = ApiKeys.Hash(Key),
                ["Http:ApiKeys:0:Scopes:0"] = "read",
                ["Http:ApiKeys:0:Scopes:1"] = "write",
                ["Http:ApiKeys:0:Companies:0"] = Company,
            },
            configureMcp: _ => { });
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = _server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key },
        });
        Client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }
    }
}
