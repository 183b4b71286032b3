using System.Diagnostics;
using System.Runtime.InteropServices;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Stdio;

/// <summary>SIGTERM while a write is in flight: the write finishes, its audit line reaches the log, the process exits 0.</summary>
public sealed partial class StdioShutdownTests
{
    private const int SigTerm = 15;

    [Fact]
    public async Task SigTerm_DuringAWrite_LetsItFinishAndLogsItsOutcome()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGTERM is a Unix signal.");
        var ct = TestContext.Current.CancellationToken;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        using var process = Process.Start(ServerProcess.StartInfo(["stdio", "--allow-writes", "--log-level", "information"], SandboxEnvironment(sandbox)))!;
        var error = process.StandardError.ReadToEndAsync(timeout.Token);

        await process.StandardInput.WriteLineAsync(RawMcp.InitializeBody.AsMemory(), timeout.Token);
        _ = await process.StandardOutput.ReadLineAsync(timeout.Token);
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""".AsMemory(), timeout.Token);

        // The bill's POST will take 3 s at the sandbox; SIGTERM arrives while it is there.
        sandbox.Control.SetFaults(new SandboxFaults { AddedLatency = TimeSpan.FromSeconds(3), PathPrefix = "/objects/accounts-payable/bill" });
        await process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"create_bill","arguments":{"vendor":"Acme Maintenance","amount":1250,"glAccount":"6100","billNumber":"SIGTERM-1"}}}""".AsMemory(),
            timeout.Token);
        await WaitUntilAsync(() => sandbox.Control.GetCounters().RequestsByRoute.GetValueOrDefault("POST /objects/accounts-payable/bill") > 0, timeout.Token);
        Assert.Equal(0, Kill(process.Id, SigTerm));
        await process.WaitForExitAsync(timeout.Token);
        var log = await error;

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(1, sandbox.Control.GetCounters().RecordsCreated);
        Assert.Contains("waiting for 1 tool call(s) in flight to finish", log, StringComparison.Ordinal);
        var audit = log.Split('\n').FirstOrDefault(l => l.Contains("Audit:", StringComparison.Ordinal)) ?? log;
        Assert.Matches("Audit: .* wrote to company .* with create_bill .*; Sage key [0-9]+; Idempotency-Key imcp1-[0-9a-f]{64}; replayed (False|false)", audit);
    }

    private static Dictionary<string, string?> SandboxEnvironment(SandboxServer sandbox) => new()
    {
        ["INTACCT_CLIENT_ID"] = SandboxDemo.ClientId,
        ["INTACCT_CLIENT_SECRET"] = SandboxDemo.ClientSecret,
        ["INTACCT_USERNAME"] = SandboxDemo.Username,
        ["INTACCT_BASE_URL"] = sandbox.ApiBaseUrl.ToString(),
        ["INTACCT_MCP_Store__PersistTokens"] = "false",
    };

    /// <summary>Waits for a condition the sandbox reports, checking every 20 ms, within the test's bound.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition())
        {
            await tick.WaitForNextTickAsync(cancellationToken);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
