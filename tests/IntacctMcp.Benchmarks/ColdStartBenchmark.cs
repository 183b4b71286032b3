using System.Diagnostics;

namespace IntacctMcp.Benchmarks;

/// <summary>4. Process start to the <c>tools/list</c> answer over stdio, against a minimal dotnet program's start to exit.</summary>
internal static class ColdStartBenchmark
{
    public static async Task<ColdStartResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        var baseline = new List<double>();
        var server = new List<double>();
        for (var i = 0; i < context.Settings.ColdStartRuns; i++)
        {
            baseline.Add(await MinimalProgramAsync(cancellationToken));

            var watch = Stopwatch.StartNew();
            await using (var client = await ServerLauncher.StartStdioAsync(environment, [], cancellationToken))
            {
                _ = await client.ListToolsAsync(cancellationToken: cancellationToken);
                server.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return new ColdStartResult(context.Settings.ColdStartRuns, Stats.Median(baseline), Stats.Median(server), Stats.Ratio(Stats.Median(server), Stats.Median(baseline)));
    }

    /// <summary>This harness itself, started with <c>--noop</c>: a dotnet program that returns at once.</summary>
    private static async Task<double> MinimalProgramAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IntacctMcp.Benchmarks.dll"));
        start.ArgumentList.Add("--noop");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the minimal program.");
        await process.WaitForExitAsync(cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
    }
}
