namespace IntacctMcp.Benchmarks;

/// <summary>
/// The HTTP load benchmark against another build of the server and this one, alternately and twice each, in one run on
/// one machine: a before/after comparison that shares the sandbox, the clients and the machine's load at the time.
/// </summary>
internal static class HttpLoadComparison
{
    public static async Task<int> RunAsync(BenchmarkContext context, string baselineDll, CancellationToken cancellationToken)
    {
        if (!File.Exists(baselineDll))
        {
            await Console.Error.WriteLineAsync($"--compare-http: {baselineDll} does not exist.");
            return 2;
        }

        for (var pass = 1; pass <= 2; pass++)
        {
            foreach (var (name, dll) in new[] { ("before", baselineDll), ("after", ServerLauncher.ServerDll) })
            {
                await Console.Error.WriteLineAsync($"HTTP load, {name}, pass {pass}…");
                var load = await HttpLoadBenchmark.RunAsync(context, cancellationToken, dll);
                Console.WriteLine(
                    $"{name} pass {pass}: {load.Clients} clients x {load.CallsPerClient} calls: {load.CallsPerSecond} calls/s, median {load.MedianMs:0.0} ms, " +
                    $"p99 {load.P99Ms:0.0} ms, {load.Errors} errors, memory {load.MemoryBeforeMiB} -> {load.MemoryAfterMiB} -> {load.MemoryAfterSecondRoundMiB} MiB");
            }
        }

        return 0;
    }
}
