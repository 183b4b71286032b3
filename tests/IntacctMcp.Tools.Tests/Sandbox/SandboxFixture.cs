using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>
/// One sandbox and one tools server (writes on) for every sandbox test class. Two company names reach the same sandbox
/// company: <see cref="Demo"/> (the default) and <see cref="Throttled"/>, whose short queue wait lets a test see a
/// long 429 pause without stalling the other tests.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public const string Demo = "demo";
    public const string Throttled = "throttled";

    internal SandboxServer Sandbox { get; private set; } = null!;

    internal ToolsHarness Tools { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, TestContext.Current.CancellationToken);
        Tools = await ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o =>
            {
                o.DefaultCompany = Demo;
                o.Companies[Demo] = Company(Sandbox, TimeSpan.FromMinutes(2));
                o.Companies[Throttled] = Company(Sandbox, TimeSpan.FromSeconds(2));
            }),
            o => o.AllowWrites = true,
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Tools.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    /// <summary>The sandbox's demo company as a client company, paced generously.</summary>
    /// <remarks>The client's own pacing (30 a minute by default) would make these tests wait; the sandbox limits nothing here.</remarks>
    internal static IntacctCompanyOptions Company(SandboxServer sandbox, TimeSpan maxQueueWait) => new()
    {
        ClientId = SandboxDemo.ClientId,
        ClientSecret = SandboxDemo.ClientSecret,
        Username = SandboxDemo.Username,
        BaseUrl = sandbox.ApiBaseUrl.ToString(),
        IsSandbox = true,
        RequestsPerMinute = 6000,
        Burst = 1000,
        MaxQueueWait = maxQueueWait,
    };
}
