using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntacctMcp.Benchmarks;

/// <summary>6. Many concurrent stateless HTTP clients: throughput, tail latency, errors, and the server's memory before and after.</summary>
internal static class HttpLoadBenchmark
{
    /// <summary>Runs the load against the server beside this program, or against <paramref name="serverDll"/>.</summary>
    public static async Task<LoadResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken, string? serverDll = null)
    {
        var settings = context.Settings;
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        await using var server = await ServerLauncher.StartHttpAsync(environment, cancellationToken, serverDll);

        // Warm up (JIT, token, connection pools) before the baseline memory reading.
        await using (var warm = await ServerLauncher.ConnectHttpAsync(server.Endpoint, cancellationToken))
        {
            for (var i = 0; i < 10; i++)
            {
                _ = await warm.CallToolAsync("query", Workload.QueryToolArguments(), cancellationToken: cancellationToken);
            }
        }

        var rssBefore = server.ResidentBytes();
        var first = await RoundAsync(server.Endpoint, settings, cancellationToken);
        var rssAfter = server.ResidentBytes();
        var second = await RoundAsync(server.Endpoint, settings, cancellationToken);
        var rssAfterSecond = server.ResidentBytes();

        return new LoadResult(
            settings.LoadClients,
            settings.LoadCallsPerClient,
            Math.Round(first.Calls / first.Seconds, 1),
            Stats.Median(first.Latencies),
            Stats.P99(first.Latencies),
            first.Errors + second.Errors,
            rssBefore / (1024 * 1024),
            rssAfter / (1024 * 1024),
            rssAfterSecond / (1024 * 1024));
    }

    private static async Task<(int Calls, double Seconds, List<double> Latencies, int Errors)> RoundAsync(Uri endpoint, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.LoadClients).Select(async _ =>
        {
            await using var client = await ServerLauncher.ConnectHttpAsync(endpoint, cancellationToken);
            var arguments = Workload.QueryToolArguments();
            for (var i = 0; i < settings.LoadCallsPerClient; i++)
            {
                var call = Stopwatch.StartNew();
                try
                {
                    var result = await client.CallToolAsync("query", arguments, cancellationToken: cancellationToken);
                    if (result.IsError == true)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.Add(call.Elapsed.TotalMilliseconds);
            }
        }));

        return (settings.LoadClients * settings.LoadCallsPerClient, watch.Elapsed.TotalSeconds, [.. latencies], errors);
    }
}
