namespace IntacctMcp.Benchmarks;

/// <summary>
/// The HTTP load benchmark against another build of the server and this one, alternately, in one run on one machine: a
/// before/after comparison that shares the sandbox, the clients and the machine's load at the time.
/// </summary>
/// <remarks>
/// Whichever build runs first also warms the sandbox and the load clients, so one pass of each is run and discarded
/// first; the counted passes alternate and the medians are compared, because a shared 2-core machine moves single
/// passes by more than the difference being measured.
/// </remarks>
internal static class HttpLoadComparison
{
    private const int CountedPasses = 3;

    public static async Task<int> RunAsync(BenchmarkContext context, string baselineDll, CancellationToken cancellationToken)
    {
        if (!File.Exists(baselineDll))
        {
            await Console.Error.WriteLineAsync($"--compare-http: {baselineDll} does not exist.");
            return 2;
        }

        var builds = new[] { ("before", baselineDll), ("after", ServerLauncher.ServerDll) };
        var counted = builds.ToDictionary(b => b.Item1, _ => new List<LoadResult>());
        for (var pass = 0; pass <= CountedPasses; pass++)
        {
            foreach (var (name, dll) in builds)
            {
                await Console.Error.WriteLineAsync($"HTTP load, {name}, {(pass == 0 ? "warm-up" : $"pass {pass}")}…");
                var load = await HttpLoadBenchmark.RunAsync(context, cancellationToken, dll);
                Console.WriteLine(
                    $"{name} {(pass == 0 ? "warm-up (not counted)" : $"pass {pass}")}: {load.Clients} clients x {load.CallsPerClient} calls: {load.CallsPerSecond} calls/s, " +
                    $"median {load.MedianMs:0.0} ms, p99 {load.P99Ms:0.0} ms, {load.Errors} errors, memory {load.MemoryBeforeMiB} -> {load.MemoryAfterMiB} -> {load.MemoryAfterSecondRoundMiB} MiB");
                if (pass > 0)
                {
                    counted[name].Add(load);
                }
            }
        }

        double Median(string name, Func<LoadResult, double> figure) => Stats.Median([.. counted[name].Select(figure)]);
        var (before, after) = (Median("before", l => l.CallsPerSecond), Median("after", l => l.CallsPerSecond));
        var (p99Before, p99After) = (Median("before", l => l.P99Ms), Median("after", l => l.P99Ms));
        var (memoryBefore, memoryAfter) = (Median("before", l => l.MemoryAfterSecondRoundMiB), Median("after", l => l.MemoryAfterSecondRoundMiB));
        Console.WriteLine(
            $"medians of {CountedPasses} passes: before {before:0} calls/s, p99 {p99Before:0.0} ms, {memoryBefore:0} MiB; " +
            $"after {after:0} calls/s, p99 {p99After:0.0} ms, {memoryAfter:0} MiB; after/before: calls/s {after / before:0.00}, p99 {p99After / p99Before:0.00}, memory {memoryAfter / memoryBefore:0.00}");
        return 0;
    }
}
