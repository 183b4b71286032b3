using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Data;

/// <summary>A demo sandbox whose "today" is fixed, so data facts are stable.</summary>
public sealed class FixedDateSandboxFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    private SandboxServer? _server;
    private SandboxClient? _client;

    internal SandboxServer Server => _server!;

    internal SandboxClient Client => _client!;

    public async ValueTask InitializeAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 30)), TimeSpan.Zero));
        _server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, TimeProvider = clock });
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
