using System.Text.Json;
using IntacctMcp.Benchmarks;
using IntacctMcp.Sandbox;

// Usage: dotnet run -c Release --project tests/IntacctMcp.Benchmarks [-- --quick] [--out DIR]
//        … -- --compare-http PATH/TO/OTHER/intacct-mcp.dll   (HTTP load only: the other build, then this one, twice)
//        … -- --replicas [--quick]   (only the replicas scenario: three HTTP replicas on one Redis, without it, and a Redis outage)
// `--noop` makes this program the "minimal dotnet program" the cold-start measurement compares against.
if (args.Contains("--noop"))
{
    return 0;
}

var settings = args.Contains("--quick") ? BenchmarkSettings.QuickRun : BenchmarkSettings.Full;
using var timeout = new CancellationTokenSource(settings.Quick ? TimeSpan.FromMinutes(4) : TimeSpan.FromMinutes(25));
var ct = timeout.Token;

var home = Directory.CreateTempSubdirectory("intacct-mcp-bench-");
try
{
    await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
    var limit = BenchmarkContext.SandboxLimit;
    await using var limited = await SandboxServer.StartAsync(
        new SandboxOptions { RateLimitEnabled = true, RequestsPerMinute = limit.RequestsPerMinute, MaxConcurrentRequests = limit.MaxConcurrency },
        ct);
    var context = new BenchmarkContext(settings, sandbox, limited, new ServerLauncher(home.FullName));
    if (args.SkipWhile(a => a != "--compare-http").Skip(1).FirstOrDefault() is { } baseline)
    {
        return await HttpLoadComparison.RunAsync(context, baseline, ct);
    }

    if (args.Contains("--replicas"))
    {
        return await ReplicasOnly(context, ct);
    }

    Console.Error.WriteLine("overhead…");
    var overhead = await OverheadBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("token single-flight…");
    var singleFlight = await SingleFlightBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("rate-limit use…");
    var rateLimit = await RateLimitBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("cold start…");
    var coldStart = await ColdStartBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("context cost…");
    var toolsets = await ContextCostBenchmark.RunAsync(context, ct);
    var questions = await QuestionsBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("HTTP load…");
    var load = await HttpLoadBenchmark.RunAsync(context, ct);
    Console.Error.WriteLine("replicas on one Redis, without it, and through a Redis outage…");
    var replicas = await ReplicasBenchmark.RunAsync(context, ct);

    var report = new BenchmarkReport(MachineInfo.Current(), settings.Quick, TimeProvider.System.GetUtcNow(), overhead, singleFlight, rateLimit, coldStart, toolsets, questions, load, replicas);
    Console.WriteLine(ReportPrinter.Render(report));

    var outputDirectory = ArtifactsDirectory.Benchmarks(args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault());
    var json = JsonSerializer.Serialize(report, BenchmarkJson.Options);
    await File.WriteAllTextAsync(Path.Combine(outputDirectory, settings.Quick ? "latest-quick.json" : "latest.json"), json, ct);
    Console.WriteLine($"Figures written to {outputDirectory}");

    var violations = report.Violations();
    foreach (var violation in violations)
    {
        Console.Error.WriteLine("FAILED: " + violation);
    }

    return violations.Count == 0 ? 0 : 1;
}
finally
{
    home.Delete(recursive: true);
}

// The replicas scenario alone, for working on the Redis side without the minutes the other measurements take.
static async Task<int> ReplicasOnly(BenchmarkContext context, CancellationToken ct)
{
    var replicas = await ReplicasBenchmark.RunAsync(context, ct);
    Console.WriteLine(ReportPrinter.RenderReplicas(replicas));
    var violations = replicas.Violations(context.Settings.Quick).ToList();
    foreach (var violation in violations)
    {
        Console.Error.WriteLine("FAILED: " + violation);
    }

    return violations.Count == 0 ? 0 : 1;
}
