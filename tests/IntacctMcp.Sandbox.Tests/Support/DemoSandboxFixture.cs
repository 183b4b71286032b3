using Xunit;

namespace IntacctMcp.Sandbox.Tests.Support;

/// <summary>One demo sandbox (rate limits off) shared by the read-only tests of a class.</summary>
public sealed class DemoSandboxFixture : IAsyncLifetime
{
    private SandboxServer? _server;
    private SandboxClient? _client;

    internal SandboxServer Server => _server!;

    internal SandboxClient Client => _client!;

    public async ValueTask InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false });
        _client = await SandboxClient.ConnectAsync(_server);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
