using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using ModelContextProtocol.Client;

namespace IntacctMcp.Benchmarks;

/// <summary>1. What a tool call adds on top of Sage: the same query direct, as the <c>query</c> tool over stdio, and over Streamable HTTP.</summary>
internal static class OverheadBenchmark
{
    /// <summary>A low estimate of a real Sage query's latency; the sandbox itself answers in well under a millisecond.</summary>
    public static readonly TimeSpan SageLikeLatency = TimeSpan.FromMilliseconds(50);

    public static async Task<OverheadResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        await using var stdio = await ServerLauncher.StartStdioAsync(environment, [], cancellationToken);
        await using var server = await ServerLauncher.StartHttpAsync(environment, cancellationToken);
        await using var http = await ServerLauncher.ConnectHttpAsync(server.Endpoint, cancellationToken);

        var atSandboxSpeed = await MeasureAllAsync(context.Sandbox, stdio, http, settings, cancellationToken);

        // With latency the calls are slow: fewer suffice for a stable median.
        var latencySettings = settings with { OverheadCalls = Math.Min(settings.OverheadCalls, 100), WarmupCalls = 3 };
        context.Sandbox.Control.SetFaults(new SandboxFaults { AddedLatency = SageLikeLatency });
        (Latency Direct, Latency Stdio, Latency Http) atSageLatency;
        try
        {
            atSageLatency = await MeasureAllAsync(context.Sandbox, stdio, http, latencySettings, cancellationToken);
        }
        finally
        {
            context.Sandbox.Control.ClearFaults();
        }

        return new OverheadResult(
            settings.OverheadCalls,
            atSandboxSpeed.Direct,
            atSandboxSpeed.Stdio,
            atSandboxSpeed.Http,
            Stats.Ratio(atSandboxSpeed.Stdio.MedianMs, atSandboxSpeed.Direct.MedianMs),
            Stats.Ratio(atSandboxSpeed.Http.MedianMs, atSandboxSpeed.Direct.MedianMs),
            atSandboxSpeed.Stdio.MedianMs - atSandboxSpeed.Direct.MedianMs,
            atSandboxSpeed.Http.MedianMs - atSandboxSpeed.Direct.MedianMs,
            new OverheadAtLatency(
                SageLikeLatency.TotalMilliseconds,
                latencySettings.OverheadCalls,
                atSageLatency.Direct,
                atSageLatency.Stdio,
                atSageLatency.Http,
                Stats.Ratio(atSageLatency.Stdio.MedianMs, atSageLatency.Direct.MedianMs),
                Stats.Ratio(atSageLatency.Http.MedianMs, atSageLatency.Direct.MedianMs)));
    }

    private static async Task<(Latency Direct, Latency Stdio, Latency Http)> MeasureAllAsync(SandboxServer sandbox, McpClient stdio, McpClient http, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var direct = await MeasureDirectAsync(sandbox, settings, cancellationToken);
        var viaStdio = await MeasureToolAsync(stdio, settings, cancellationToken);
        var viaHttp = await MeasureToolAsync(http, settings, cancellationToken);
        return (Of(direct), Of(viaStdio), Of(viaHttp));
    }

    private static Latency Of(List<double> samples) => new(Stats.Median(samples), Stats.P99(samples));

    private static async Task<List<double>> MeasureDirectAsync(SandboxServer sandbox, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var token = await TokenAsync(http, sandbox, cancellationToken);
        var queryUrl = new Uri(sandbox.ApiBaseUrl + "/services/core/query");
        var body = Workload.SageQuery().ToJsonString();

        async Task<double> OneAsync()
        {
            var watch = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Post, queryUrl) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return watch.Elapsed.TotalMilliseconds;
        }

        return await RepeatAsync(OneAsync, settings);
    }

    private static async Task<List<double>> MeasureToolAsync(McpClient client, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var arguments = Workload.QueryToolArguments();

        async Task<double> OneAsync()
        {
            var watch = Stopwatch.StartNew();
            var result = await client.CallToolAsync("query", arguments, cancellationToken: cancellationToken);
            if (result.IsError == true)
            {
                throw new InvalidOperationException("The query tool failed: " + ResultText.Of(result));
            }

            return watch.Elapsed.TotalMilliseconds;
        }

        return await RepeatAsync(OneAsync, settings);
    }

    private static async Task<List<double>> RepeatAsync(Func<Task<double>> call, BenchmarkSettings settings)
    {
        for (var i = 0; i < settings.WarmupCalls; i++)
        {
            await call();
        }

        var samples = new List<double>(settings.OverheadCalls);
        for (var i = 0; i < settings.OverheadCalls; i++)
        {
            samples.Add(await call());
        }

        return samples;
    }

    internal static async Task<string> TokenAsync(HttpClient http, SandboxServer sandbox, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SandboxDemo.ClientId,
            ["client_secret"] = SandboxDemo.ClientSecret,
            ["username"] = SandboxDemo.Username,
        });
        using var response = await http.PostAsync(new Uri(sandbox.ApiBaseUrl + "/oauth2/token"), form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return json?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException("The sandbox returned no access_token.");
    }
}
