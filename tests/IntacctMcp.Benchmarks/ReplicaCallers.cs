using System.Collections.Concurrent;
using System.Diagnostics;
using ModelContextProtocol.Client;

namespace IntacctMcp.Benchmarks;

/// <summary>Callers spread round-robin across replicas, each calling the <c>query</c> tool in a loop until stopped.</summary>
internal sealed class ReplicaCallers : IAsyncDisposable
{
    private const int ErrorsShown = 3;

    private readonly IReadOnlyList<McpClient> _clients;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(long StartedAt, double Ms)> _calls = new();
    private readonly string _run;
    private Task[] _loops = [];
    private int _failed;

    private ReplicaCallers(IReadOnlyList<McpClient> clients, string run)
    {
        _clients = clients;
        _run = run;
    }

    /// <summary>Gets the calls that failed (an error result or an exception) so far.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Gets every completed call so far.</summary>
    public int Calls => _calls.Count;

    /// <summary>Connects <paramref name="callers"/> clients (caller i to replica i mod n) and starts them calling.</summary>
    public static async Task<ReplicaCallers> StartAsync(IReadOnlyList<Uri> endpoints, int callers, string run, CancellationToken cancellationToken)
    {
        var connects = Enumerable.Range(0, callers).Select(i => ServerLauncher.ConnectHttpAsync(endpoints[i % endpoints.Count], cancellationToken)).ToArray();
        McpClient[] clients;
        try
        {
            clients = await Task.WhenAll(connects);
        }
        catch
        {
            foreach (var connected in connects.Where(t => t.IsCompletedSuccessfully))
            {
                await connected.Result.DisposeAsync();
            }

            throw;
        }

        var set = new ReplicaCallers(clients, run);
        set._loops = [.. clients.Select(set.CallUntilStoppedAsync)];
        return set;
    }

    /// <summary>The latencies of the calls that started in [<paramref name="from"/>, <paramref name="to"/>) (Stopwatch timestamps).</summary>
    public IReadOnlyList<double> LatenciesStartedBetween(long from, long to) =>
        [.. _calls.Where(c => c.StartedAt >= from && c.StartedAt < to).Select(c => c.Ms)];

    /// <summary>Stops calling; calls in flight are cancelled and not counted.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        _stop.Dispose();
    }

    private async Task CallUntilStoppedAsync(McpClient client)
    {
        var arguments = Workload.QueryToolArguments();
        while (!_stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                var result = await client.CallToolAsync("query", arguments, cancellationToken: _stop.Token);
                if (result.IsError == true)
                {
                    error = ResultText.Of(result);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                error = $"{ex.GetType().Name}: {ex.Message}";
            }

            if (error is not null && Interlocked.Increment(ref _failed) <= ErrorsShown)
            {
                // A failed call is a benchmark failure; its text is what explains it.
                await Console.Error.WriteLineAsync($"replicas ({_run}): a call failed: {error}");
            }

            _calls.Enqueue((started, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }
}
