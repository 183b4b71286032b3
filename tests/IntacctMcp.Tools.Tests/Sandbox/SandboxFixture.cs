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
                o.Companies[Demo] = Company(TimeSpan.FromMinutes(2));
                o.Companies[Throttled] = Company(TimeSpan.FromSeconds(2));
            }),
            o => o.AllowWrites = true,
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Tools.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    // The client's own pacing (30 a minute by default) would make these tests wait; the sandbox limits nothing here.
    private IntacctCompanyOptions Company(TimeSpan maxQueueWait) => new()
    {
        ClientId = SandboxDemo.ClientId,
        ClientSecret = SandboxDemo.ClientSecret,
        Username = SandboxDemo.Username,
        BaseUrl = Sandbox.ApiBaseUrl.ToString(),
        IsSandbox = true,
        RequestsPerMinute = 6000,
        Burst = 1000,
        MaxQueueWait = maxQueueWait,
    };
}
