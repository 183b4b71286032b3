using System.Text.Json;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using IntacctMcp.Tools.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Confirmation;

/// <summary>
/// One sandbox and two tools servers (writes on) over pipes: <see cref="Asking"/>, whose client declares elicitation and
/// answers with <see cref="Answer"/>; <see cref="Tokens"/>, whose client cannot be asked and whose server runs with
/// <c>ConfirmWrites</c> on fake time.
/// </summary>
public sealed class ConfirmationFixture : IAsyncLifetime
{
    internal SandboxServer Sandbox { get; private set; } = null!;

    internal ToolsHarness Asking { get; private set; } = null!;

    internal ToolsHarness Tokens { get; private set; } = null!;

    internal FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    internal CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Gets or sets how the asking client's user answers; set by each test.</summary>
    internal Func<ElicitRequestParams, ElicitResult> Answer { get; set; } = _ => new ElicitResult { Action = "decline" };

    /// <summary>Gets the questions the asking client was asked, in order.</summary>
    internal List<ElicitRequestParams> Questions { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, cancellationToken);
        var clientOptions = new McpClientOptions
        {
            Handlers = new McpClientHandlers
            {
                ElicitationHandler = (request, _) =>
                {
                    lock (Questions)
                    {
                        Questions.Add(request!);
                    }

                    return ValueTask.FromResult(Answer(request!));
                },
            },
        };
        Asking = await ToolsHarness.StartAsync(
            s =>
            {
                Company(s);
                s.AddLogging(l => l.AddProvider(Logs));
            },
            o => o.AllowWrites = true,
            user: null,
            clientOptions,
            cancellationToken);
        Tokens = await ToolsHarness.StartAsync(
            s =>
            {
                Company(s);
                s.AddSingleton<TimeProvider>(Time);
                s.AddLogging(l => l.AddProvider(Logs));
            },
            o =>
            {
                o.AllowWrites = true;
                o.ConfirmWrites = true;
            },
            cancellationToken: cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Asking.DisposeAsync();
        await Tokens.DisposeAsync();
        await Sandbox.DisposeAsync();
        Logs.Dispose();
    }

    /// <summary>The answer of a user who ticks confirm and accepts.</summary>
    internal static ElicitResult Accept(bool confirm = true) =>
        new() { Action = "accept", Content = new Dictionary<string, JsonElement> { ["confirm"] = JsonSerializer.SerializeToElement(confirm) } };

    internal int Bills(string billNumber) => Sandbox.ExportObjects("accounts-payable/bill").Count(b => (string?)b["billNumber"] == billNumber);

    internal long RecordsCreated => Sandbox.Control.GetCounters().RecordsCreated;

    private void Company(IServiceCollection services) => services.AddIntacctClient(o =>
    {
        o.DefaultCompany = SandboxFixture.Demo;
        o.Companies[SandboxFixture.Demo] = SandboxFixture.Company(Sandbox, TimeSpan.FromMinutes(2));
    });
}
