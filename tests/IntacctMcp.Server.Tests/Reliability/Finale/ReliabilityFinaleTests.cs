using System.Collections.Concurrent;
using System.Diagnostics;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;
using IntacctMcp.Server.Tests.Reliability.Load;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Finale;

/// <summary>
/// Load over HTTP (50 concurrent clients) and stdio (1,000 sequential calls in one process) against the real executable,
/// then the secret scan over everything the suite saw and the figures. Runs alone, after every other collection.
/// </summary>
[Collection(FinaleCollection.Name)]
[TestCaseOrderer(typeof(StepOrderer))]
public sealed class ReliabilityFinaleTests(LoadFixture fixture) : IClassFixture<LoadFixture>
{
    private const int HttpClients = 50;
    private const int StdioCalls = 1_000;

    // A leak of 50 clients' sessions or handlers per round would show as tens of MB per round; GC noise stays below this.
    private const long MarginBytes = 64L * 1024 * 1024;

    private static TimeSpan Round => LoadFixture.Full ? TimeSpan.FromSeconds(60) : TimeSpan.FromSeconds(6);

    [Theory]
    [Step(1)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HttpLoad_FiftyConcurrentClients_NoErrorsMemoryFlat(bool stateful)
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        // Stateless: the fixture's server and default (2026-07-28) clients. Stateful: a --stateful server and clients
        // pinned to 2025-11-25, so every client opens a session and ends it on disposal (DELETE): session leaks show.
        await using var own = stateful ? await ServerProcess.StartHttpAsync("load-stateful", fixture.Settings(["--stateful"]), cancellationToken) : null;
        var server = own ?? fixture.Server;
        var protocol = stateful ? RawMcpClient.ProtocolVersion : null;
        await using (var warm = await McpConnections.ConnectHttpAsync(server.Endpoint!, fixture.ApiKey, cancellationToken, protocol))
        {
            for (var i = 0; i < 40; i++)
            {
                var (tool, arguments) = LoadWorkload.Call(i);
                var result = await warm.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
                Assert.True(result.IsError != true, $"warm-up {tool}: {ToolText.Of(result)}");
            }
        }

        var warmRss = server.ResidentBytes();
        var first = await HttpRoundAsync(server, protocol, cancellationToken);
        var firstRss = server.ResidentBytes();
        var second = await HttpRoundAsync(server, protocol, cancellationToken);
        var lastRss = server.ResidentBytes();

        var latencies = first.Latencies.Concat(second.Latencies).ToList();
        var figures = new LoadFigures(
            stateful ? "http (stateful sessions)" : "http (stateless)",
            HttpClients,
            Math.Round(first.Seconds + second.Seconds, 1),
            latencies.Count,
            first.Errors.Count + second.Errors.Count,
            LoadStatistics.Percentile(latencies, 50),
            LoadStatistics.Percentile(latencies, 99),
            ProcessMemory.Megabytes(warmRss),
            ProcessMemory.Megabytes(firstRss),
            ProcessMemory.Megabytes(lastRss));
        ReliabilitySummary.RecordLoad(figures);
        TestContext.Current.TestOutputHelper?.WriteLine(figures.ToString());

        Assert.False(server.HasExited, $"The server died under load.\n{server.Tail()}");
        Assert.True(figures.Errors == 0, $"{figures.Errors} errors under load, e.g.:\n{string.Join('\n', first.Errors.Concat(second.Errors).Take(5))}");
        Assert.True(latencies.Count >= HttpClients, "Not every client completed a call.");
        Assert.True(lastRss <= firstRss + Math.Max(MarginBytes, firstRss / 4), $"Server memory grew from {figures.ResidentMegabytesAfterFirst} MB to {figures.ResidentMegabytesAfterLast} MB over a second, equal round.");
    }

    [Fact]
    [Step(2)]
    public async Task StdioLoad_ThousandSequentialCallsInOneProcess_NoErrorsNoGrowth()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (server, client) = await ServerProcess.StartStdioAsync("stdio-load", fixture.Settings([]), cancellationToken);
        await using (server)
        {
            await using (client)
            {
                var latencies = new List<double>();
                var errors = new List<string>();
                var rss = new Dictionary<int, long>();
                var watch = Stopwatch.StartNew();
                for (var i = 1; i <= StdioCalls; i++)
                {
                    var (tool, arguments) = LoadWorkload.Call(i);
                    var call = Stopwatch.StartNew();
                    try
                    {
                        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
                        var text = ToolText.Of(result);
                        SecretLedger.ObserveTransient("stdio-load result", text);
                        if (result.IsError == true)
                        {
                            errors.Add($"call {i} {tool}: {text}");
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        errors.Add($"call {i} {tool}: {ex.GetType().Name}: {ex.Message}");
                    }

                    latencies.Add(call.Elapsed.TotalMilliseconds);
                    if (i is 200 or 600 or StdioCalls)
                    {
                        rss[i] = server.ResidentBytes();
                    }
                }

                var figures = new LoadFigures(
                    "stdio",
                    1,
                    Math.Round(watch.Elapsed.TotalSeconds, 1),
                    latencies.Count,
                    errors.Count,
                    LoadStatistics.Percentile(latencies, 50),
                    LoadStatistics.Percentile(latencies, 99),
                    ProcessMemory.Megabytes(rss[200]),
                    ProcessMemory.Megabytes(rss[600]),
                    ProcessMemory.Megabytes(rss[StdioCalls]));
                ReliabilitySummary.RecordLoad(figures);
                TestContext.Current.TestOutputHelper?.WriteLine(figures.ToString());

                Assert.True(errors.Count == 0, $"{errors.Count} errors in {StdioCalls} stdio calls, e.g.:\n{string.Join('\n', errors.Take(5))}\n{server.Tail(10)}");
                Assert.False(server.HasExited, "The stdio server exited during the run.");
                Assert.True(rss[StdioCalls] <= rss[600] + Math.Max(MarginBytes / 2, rss[600] / 5), $"stdio server memory grew from {figures.ResidentMegabytesAfterFirst} MB (call 600) to {figures.ResidentMegabytesAfterLast} MB (call {StdioCalls}).");
            }
        }
    }

    [Fact]
    [Step(3)]
    public void Figures_AfterWholeSuite_NoDuplicatesCrashesLoadErrorsOrSecrets()
    {
        var secrets = SecretLedger.Scan();
        ReliabilitySummary.RecordSecrets(secrets);
        var report = ReliabilitySummary.Snapshot();
        var folder = SummaryFiles.Write(report);
        var text = $"Reliability figures (also in {folder}):\n{report.ToMarkdown()}";
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        TestContext.Current.SendDiagnosticMessage(text);

        Assert.True(secrets.Found == 0, $"Secrets or tokens found in what the server said:\n{string.Join('\n', secrets.Where)}");
        Assert.Equal(0, report.DuplicateWrites);
        Assert.Equal(0, report.SilentLosses);
        Assert.Equal(0, report.BadInputCrashes);
        Assert.Equal(0, report.LoadErrors);
        Assert.Equal(0, report.FaultMatrix[FaultOutcome.Hang] + report.FaultMatrix[FaultOutcome.Crash]);
    }

    private async Task<(List<double> Latencies, List<string> Errors, double Seconds)> HttpRoundAsync(ServerProcess server, string? protocol, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();
        var deadline = Round;
        await Task.WhenAll(Enumerable.Range(0, HttpClients).Select(async n =>
        {
            McpClient client;
            try
            {
                client = await McpConnections.ConnectHttpAsync(server.Endpoint!, fixture.ApiKey, cancellationToken, protocol);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors.Enqueue($"client {n} connect: {ex.GetType().Name}: {ex.Message}");
                return;
            }

            await using (client)
            {
                for (var i = n; watch.Elapsed < deadline; i++)
                {
                    var (tool, arguments) = LoadWorkload.Call(i);
                    var call = Stopwatch.StartNew();
                    try
                    {
                        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
                        var text = ToolText.Of(result);
                        SecretLedger.ObserveTransient($"{server.Label} result", text);
                        if (result.IsError == true)
                        {
                            errors.Enqueue($"client {n} {tool}: {text}");
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        errors.Enqueue($"client {n} {tool}: {ex.GetType().Name}: {ex.Message}");
                    }

                    latencies.Add(call.Elapsed.TotalMilliseconds);
                }
            }
        }));

        return ([.. latencies], [.. errors], watch.Elapsed.TotalSeconds);
    }
}
