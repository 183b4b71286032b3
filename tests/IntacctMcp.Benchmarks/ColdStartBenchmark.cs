using System.Diagnostics;

namespace IntacctMcp.Benchmarks;

/// <summary>4. Process start to the <c>tools/list</c> answer over stdio, against a minimal dotnet program's start to exit.</summary>
internal static class ColdStartBenchmark
{
    public static async Task<ColdStartResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);

        // "After": the ReadyToRun build the tool package installs on this runtime (published once; skipped in --quick).
        var publishDirectory = Directory.CreateTempSubdirectory("intacct-mcp-r2r-");
        try
        {
            var readyToRun = context.Settings.Quick ? null : await ReadyToRunBuild.PublishAsync(publishDirectory.FullName, cancellationToken);
            var baseline = new List<double>();
            var plain = new List<double>();
            var optimized = new List<double>();
            for (var i = 0; i < context.Settings.ColdStartRuns; i++)
            {
                baseline.Add(await MinimalProgramAsync(cancellationToken));
                plain.Add(await ToToolsListAsync(environment, null, cancellationToken));
                if (readyToRun is not null)
                {
                    optimized.Add(await ToToolsListAsync(environment, readyToRun, cancellationToken));
                }
            }

            var minimal = Stats.Median(baseline);
            double? afterMs = optimized.Count > 0 ? Stats.Median(optimized) : null;
            return new ColdStartResult(context.Settings.ColdStartRuns, minimal, Stats.Median(plain), Stats.Ratio(Stats.Median(plain), minimal), afterMs, afterMs is { } after ? Stats.Ratio(after, minimal) : null);
        }
        finally
        {
            publishDirectory.Delete(recursive: true);
        }
    }

    private static async Task<double> ToToolsListAsync(Dictionary<string, string?> environment, string? serverDll, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var client = await ServerLauncher.StartStdioAsync(environment, [], cancellationToken, serverDll);
        _ = await client.ListToolsAsync(cancellationToken: cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
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
