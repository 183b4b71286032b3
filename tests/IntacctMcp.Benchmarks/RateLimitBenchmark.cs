using System.Diagnostics;

namespace IntacctMcp.Benchmarks;

/// <summary>3. How much of Sage's rate budget the server uses under pressure, and whether it ever trips a 429.</summary>
internal static class RateLimitBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<RateLimitResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var limit = BenchmarkContext.SandboxLimit;
        var sandbox = context.LimitedSandbox;
        var environment = context.Launcher.Environment(sandbox, limit);
        await using var client = await ServerLauncher.StartStdioAsync(environment, [], cancellationToken);
        var arguments = Workload.QueryToolArguments();

        var countersAtStart = sandbox.Control.GetCounters();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var errors = 0;
        var callers = Enumerable.Range(0, context.Settings.RateLimitCallers).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var result = await client.CallToolAsync("query", arguments, cancellationToken: stop.Token);
                    if (result.IsError == true)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }).ToArray();

        // Measure the steady state: the window starts after the initial burst has been spent.
        await Task.Delay(WarmUp, cancellationToken);
        var before = sandbox.Control.GetCounters();
        var watch = Stopwatch.StartNew();
        await Task.Delay(context.Settings.RateLimitDuration, cancellationToken);
        var after = sandbox.Control.GetCounters();
        var seconds = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        var achieved = (after.ApiRequests - before.ApiRequests) / seconds;
        var limitPerSecond = limit.RequestsPerMinute / 60.0;
        return new RateLimitResult(
            limit.RequestsPerMinute,
            limit.MaxConcurrency,
            context.Settings.RateLimitCallers,
            Math.Round(seconds, 1),
            after.ApiRequests - before.ApiRequests,
            Math.Round(achieved, 2),
            Math.Round(achieved / limitPerSecond, 3),
            sandbox.Control.GetCounters().RateLimited - countersAtStart.RateLimited,
            errors);
    }
}
