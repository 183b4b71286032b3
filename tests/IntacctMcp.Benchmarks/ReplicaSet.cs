using System.Globalization;
using IntacctMcp.Sandbox;

namespace IntacctMcp.Benchmarks;

/// <summary>Several <c>intacct-mcp http</c> replicas for one company, each with a home of its own, on one Redis or each alone.</summary>
internal sealed class ReplicaSet : IAsyncDisposable
{
    private readonly IReadOnlyList<HttpServerProcess> _servers;

    private ReplicaSet(IReadOnlyList<HttpServerProcess> servers) => _servers = servers;

    public IReadOnlyList<Uri> Endpoints => [.. _servers.Select(s => s.Endpoint)];

    /// <summary>Writes the first errors each replica logged to this program's stderr: what explains failed calls.</summary>
    public void ShowRecentErrors(string run)
    {
        for (var i = 0; i < _servers.Count; i++)
        {
            foreach (var line in _servers[i].LoggedErrors)
            {
                Console.Error.WriteLine($"replicas ({run}) replica {i + 1}: {line}");
            }
        }
    }

    /// <summary>Starts the replicas in parallel and waits until every one answers <c>/healthz</c>.</summary>
    /// <param name="launcher">The launcher whose home holds one folder per replica.</param>
    /// <param name="name">The run's name (folder names and the Redis key prefix).</param>
    /// <param name="sandbox">The sandbox every replica talks to.</param>
    /// <param name="budget">The company's budget; every replica is configured with all of it.</param>
    /// <param name="replicas">How many replicas.</param>
    /// <param name="redis">The shared Redis, or null for replicas that share nothing.</param>
    /// <param name="keyRing">The key ring certificate (path and password) the replicas need with Redis.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public static async Task<ReplicaSet> StartAsync(
        ServerLauncher launcher, string name, SandboxServer sandbox, ClientLimits budget, int replicas,
        RedisServerProcess? redis, (string Path, string Password) keyRing, CancellationToken cancellationToken)
    {
        // One prefix per run: runs on the same Redis never see each other's tokens or buckets.
        var prefix = $"bench-{name}-{Guid.NewGuid():N}";
        var starts = Enumerable.Range(1, replicas).Select(i =>
        {
            var environment = launcher.ForReplica($"{name}-{i}").Environment(sandbox, budget);
            IEnumerable<string> arguments = [];
            if (redis is not null)
            {
                arguments = ["--redis", redis.Endpoint];
                environment["INTACCT_MCP_Redis__KeyPrefix"] = prefix;
                environment["INTACCT_MCP_Redis__Replicas"] = replicas.ToString(CultureInfo.InvariantCulture);
                environment["INTACCT_MCP_Redis__KeyRingCertificate"] = keyRing.Path;
                environment["INTACCT_MCP_Redis__KeyRingCertificatePassword"] = keyRing.Password;
            }

            return ServerLauncher.StartHttpAsync(environment, cancellationToken, arguments: arguments);
        }).ToArray();

        try
        {
            return new ReplicaSet(await Task.WhenAll(starts));
        }
        catch
        {
            // Those that did start must not outlive the failure.
            foreach (var started in starts.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }
}
