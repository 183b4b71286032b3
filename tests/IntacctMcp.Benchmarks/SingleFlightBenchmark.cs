namespace IntacctMcp.Benchmarks;

/// <summary>2. Many concurrent tool calls on a cold token cache cause exactly one token request.</summary>
internal static class SingleFlightBenchmark
{
    public static async Task<SingleFlightResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        await using var client = await ServerLauncher.StartStdioAsync(environment, [], cancellationToken);
        var before = context.Sandbox.Control.GetCounters();

        var arguments = Workload.QueryToolArguments();
        var calls = Enumerable.Range(0, context.Settings.SingleFlightCalls)
            .Select(_ => client.CallToolAsync("query", arguments, cancellationToken: cancellationToken).AsTask());
        var results = await Task.WhenAll(calls);

        var after = context.Sandbox.Control.GetCounters();
        return new SingleFlightResult(
            context.Settings.SingleFlightCalls,
            after.TokenRequests - before.TokenRequests,
            results.Count(r => r.IsError == true));
    }
}
