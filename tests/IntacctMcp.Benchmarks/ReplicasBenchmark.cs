using System.Diagnostics;
using System.Security.Cryptography;
using IntacctMcp.Sandbox;

namespace IntacctMcp.Benchmarks;

/// <summary>
/// 8. Several replicas, one company budget: three <c>intacct-mcp http</c> replicas against a sandbox limited to the
/// budget, with one Redis, without it, and through a Redis outage. Each run has a sandbox of its own (fresh counters
/// and bucket) and replicas with homes of their own.
/// </summary>
internal static class ReplicasBenchmark
{
    public const int Replicas = 3;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>Gets the company's budget: the sandbox enforces it and every replica is configured with all of it.</summary>
    public static ClientLimits Budget => BenchmarkContext.SandboxLimit;

    public static async Task<ReplicasResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(context.Launcher.HomeDirectory, "replicas")).FullName;
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var keyRing = (KeyRingCertificateFile.Create(folder, password), password);
        await using var redis = await RedisServerProcess.StartAsync(cancellationToken);

        var withRedis = await SteadyRunAsync(context, "with-redis", redis, keyRing, cancellationToken);
        var withoutRedis = await SteadyRunAsync(context, "without-redis", null, keyRing, cancellationToken);
        var outage = await OutageRunAsync(context, redis, keyRing, cancellationToken);
        return new ReplicasResult(
            Replicas, context.Settings.RateLimitCallers, Budget.RequestsPerMinute, Budget.Burst, SandboxBurst, Budget.MaxConcurrency, SandboxConcurrency,
            withRedis, withoutRedis, outage);
    }

    // Concurrency is not shared through Redis: the sandbox admits every replica's slots, so only the rate can refuse.
    private static int SandboxConcurrency => Replicas * Budget.MaxConcurrency;

    // The sandbox's bucket holds twice the client's burst. Requests reach it with a few tens of milliseconds of scheduling
    // jitter (three servers and 16 callers on a shared 2-core machine), and a bucket exactly the client's size turns that
    // jitter into 429s even for one replica alone (measured: 5 × 429 in a 6 s run). What the replicas send is still held
    // to the exact budget: PhaseRate.Allowed uses the client's burst, not this one.
    private static int SandboxBurst => 2 * Budget.Burst;

    private static Task<SandboxServer> StartSandboxAsync(CancellationToken cancellationToken) => SandboxServer.StartAsync(
        new SandboxOptions
        {
            RateLimitEnabled = true,
            RequestsPerMinute = Budget.RequestsPerMinute,
            Burst = SandboxBurst,
            MaxConcurrentRequests = SandboxConcurrency,
        },
        cancellationToken);

    private static async Task<ReplicaRun> SteadyRunAsync(
        BenchmarkContext context, string name, RedisServerProcess? redis, (string, string) keyRing, CancellationToken cancellationToken)
    {
        await using var sandbox = await StartSandboxAsync(cancellationToken);
        await using var replicas = await ReplicaSet.StartAsync(context.Launcher, name, sandbox, Budget, Replicas, redis, keyRing, cancellationToken);
        await using var callers = await ReplicaCallers.StartAsync(replicas.Endpoints, context.Settings.RateLimitCallers, name, cancellationToken);

        // Measure the steady state: the window starts after the first token and the initial burst.
        await Task.Delay(WarmUp, cancellationToken);
        var before = sandbox.Control.GetCounters();
        var from = Stopwatch.GetTimestamp();
        await Task.Delay(context.Settings.ReplicasDuration, cancellationToken);
        var after = sandbox.Control.GetCounters();
        var to = Stopwatch.GetTimestamp();
        await callers.StopAsync();
        if (callers.Failed > 0)
        {
            replicas.ShowRecentErrors(name);
        }

        var latencies = callers.LatenciesStartedBetween(from, to);
        var total = sandbox.Control.GetCounters();
        return new ReplicaRun(
            redis is not null,
            latencies.Count,
            callers.Failed,
            total.TokenRequests,
            total.RateLimited,
            PhaseRate.Between(before, after, Stopwatch.GetElapsedTime(from, to).TotalSeconds, Budget),
            new Latency(Stats.Median(latencies), Stats.P99(latencies)));
    }

    private static async Task<OutageRun> OutageRunAsync(
        BenchmarkContext context, RedisServerProcess redis, (string, string) keyRing, CancellationToken cancellationToken)
    {
        var phase = context.Settings.OutagePhase;
        await using var sandbox = await StartSandboxAsync(cancellationToken);
        await using var replicas = await ReplicaSet.StartAsync(context.Launcher, "outage", sandbox, Budget, Replicas, redis, keyRing, cancellationToken);
        await using var callers = await ReplicaCallers.StartAsync(replicas.Endpoints, context.Settings.RateLimitCallers, "outage", cancellationToken);
        await Task.Delay(WarmUp, cancellationToken);
        var (c0, t0) = Sample(sandbox);
        await Task.Delay(phase, cancellationToken);
        var (c1, t1) = Sample(sandbox);
        await redis.StopAsync();
        await Task.Delay(phase, cancellationToken);

        // Redis comes back empty (nothing persisted); until it answers PING the replicas are still on their own.
        await redis.StartAgainAsync(cancellationToken);
        var (c2, t2) = Sample(sandbox);
        await Task.Delay(phase, cancellationToken);
        var (c3, t3) = Sample(sandbox);
        await callers.StopAsync();
        if (callers.Failed > 0)
        {
            replicas.ShowRecentErrors("outage");
        }

        var total = sandbox.Control.GetCounters();
        return new OutageRun(
            callers.Calls,
            callers.Failed,
            total.TokenRequests,
            total.RateLimited,
            PhaseRate.Between(c0, c1, Stopwatch.GetElapsedTime(t0, t1).TotalSeconds, Budget),
            PhaseRate.Between(c1, c2, Stopwatch.GetElapsedTime(t1, t2).TotalSeconds, Budget),
            PhaseRate.Between(c2, c3, Stopwatch.GetElapsedTime(t2, t3).TotalSeconds, Budget));
    }

    private static (SandboxCounters Counters, long At) Sample(SandboxServer sandbox) => (sandbox.Control.GetCounters(), Stopwatch.GetTimestamp());
}
