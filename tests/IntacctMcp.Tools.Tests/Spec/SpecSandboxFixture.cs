using System.Collections.Concurrent;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using IntacctMcp.Tools.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Tools.Tests.Spec;

/// <summary>A sandbox of its own that records every request it receives, and a tools server (writes on) pointed at it.</summary>
public sealed class SpecSandboxFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<SandboxRequest> _requests = new();

    internal SandboxServer Sandbox { get; private set; } = null!;

    internal ToolsHarness Tools { get; private set; } = null!;

    /// <summary>Gets the requests received so far, in order.</summary>
    internal IReadOnlyList<SandboxRequest> Requests => [.. _requests];

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { RateLimitEnabled = false, RequestObserver = _requests.Enqueue },
            TestContext.Current.CancellationToken);
        Tools = await ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o =>
            {
                o.DefaultCompany = SandboxFixture.Demo;
                o.Companies[SandboxFixture.Demo] = SandboxFixture.Company(Sandbox, TimeSpan.FromMinutes(2));
            }),
            o => o.AllowWrites = true,
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Tools.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
