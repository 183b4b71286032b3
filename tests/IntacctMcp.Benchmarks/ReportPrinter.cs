using System.Globalization;
using System.Text;

namespace IntacctMcp.Benchmarks;

/// <summary>Renders a <see cref="BenchmarkReport"/> as the plain-text table the README quotes.</summary>
internal static class ReportPrinter
{
    public static string Render(BenchmarkReport r)
    {
        var s = new StringBuilder();
        void Line(string text) => s.Append(text).Append('\n');
        string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

        Line($"IntacctMcp benchmarks{(r.Quick ? " (--quick)" : string.Empty)} — {r.TakenAt:yyyy-MM-dd HH:mm} UTC");
        Line($"Machine: {r.Machine}");
        Line(string.Empty);
        Line($"1. Tool-call overhead ({r.Overhead.Calls} sequential calls, open bills, 25 rows)");
        Line($"   direct HttpClient → sandbox   median {F(r.Overhead.Direct.MedianMs)} ms   p99 {F(r.Overhead.Direct.P99Ms)} ms");
        Line($"   query tool over stdio         median {F(r.Overhead.Stdio.MedianMs)} ms   p99 {F(r.Overhead.Stdio.P99Ms)} ms   ratio b/a {F(r.Overhead.StdioRatio)}");
        Line($"   query tool over HTTP          median {F(r.Overhead.Http.MedianMs)} ms   p99 {F(r.Overhead.Http.P99Ms)} ms   ratio c/a {F(r.Overhead.HttpRatio)}");
        Line($"   added per call: stdio {F(r.Overhead.StdioAddedMs)} ms, HTTP {F(r.Overhead.HttpAddedMs)} ms (median)");
        var l = r.Overhead.AtSageLatency;
        Line($"   with {l.AddedLatencyMs:0} ms Sage-like latency ({l.Calls} calls): direct {F(l.Direct.MedianMs)} ms, stdio {F(l.Stdio.MedianMs)} ms (b/a {F(l.StdioRatio)}), HTTP {F(l.Http.MedianMs)} ms (c/a {F(l.HttpRatio)}); p99 {F(l.Direct.P99Ms)} / {F(l.Stdio.P99Ms)} / {F(l.Http.P99Ms)} ms");
        Line($"2. Token single-flight: {r.SingleFlight.ConcurrentCalls} concurrent calls on a cold cache → {r.SingleFlight.TokenRequests} token request(s), {r.SingleFlight.Errors} errors");
        Line($"3. Rate-limit use: limit {r.RateLimit.LimitPerMinute}/min, concurrency {r.RateLimit.MaxConcurrency}, {r.RateLimit.Callers} callers for {F(r.RateLimit.Seconds)} s → "
            + $"{F(r.RateLimit.AchievedPerSecond)} req/s = {F(r.RateLimit.RatioOfLimit)} of the limit, {r.RateLimit.TooManyRequests} × 429, {r.RateLimit.Errors} errors");
        Line($"4. Cold start (median of {r.ColdStart.Runs}): minimal dotnet program {F(r.ColdStart.MinimalProgramMs)} ms; server start to tools/list: "
            + $"plain build {F(r.ColdStart.ServerToToolsListMs)} ms (ratio {F(r.ColdStart.Ratio)})"
            + (r.ColdStart.ReadyToRunToToolsListMs is { } after ? $", ReadyToRun as packaged {F(after)} ms (ratio {F(r.ColdStart.ReadyToRunRatio ?? double.NaN)})" : string.Empty));
        Line("5. Context cost: tools/list size");
        foreach (var t in r.Toolsets)
        {
            Line($"   {t.Toolset,-18} {t.Tools,3} tools {t.Bytes,7:N0} bytes  ≈ {t.ApproxTokens,6:N0} tokens");
        }

        Line("5/7. Product-brief questions: Sage requests, Sage JSON read, answer size");
        foreach (var q in r.Questions)
        {
            Line($"   Q{q.Question} {q.Tool,-26} {q.SageRequests,2} request(s) {q.SageResponseBytes,9:N0} bytes read → {q.ResultBytes,7:N0} bytes answer{(q.IsError ? "  (ERROR)" : string.Empty)}");
        }

        Line($"6. HTTP load: {r.Load.Clients} clients × {r.Load.CallsPerClient} calls (stateless) → {F(r.Load.CallsPerSecond)} calls/s, median {F(r.Load.MedianMs)} ms, p99 {F(r.Load.P99Ms)} ms, {r.Load.Errors} errors; "
            + $"server memory {r.Load.MemoryBeforeMiB} → {r.Load.MemoryAfterMiB} → {r.Load.MemoryAfterSecondRoundMiB} MiB");
        s.Append(RenderReplicas(r.Replicas));
        return s.ToString();
    }

    /// <summary>Renders section 8 alone (also what <c>--replicas</c> prints).</summary>
    public static string RenderReplicas(ReplicasResult rep)
    {
        var s = new StringBuilder();
        void Line(string text) => s.Append(text).Append('\n');
        string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

        string Run(ReplicaRun run) =>
            $"{run.TokenRequests} token request(s), {run.TooManyRequests} × 429, {F(run.Window.AcceptedRatioOfBudget)} of the budget "
            + $"({run.Window.Accepted} answered, {run.Window.Sent} sent of {run.Window.Allowed} allowed in {F(run.Window.Seconds)} s), "
            + $"{run.Calls} calls median {F(run.Latency.MedianMs)} ms p99 {F(run.Latency.P99Ms)} ms, {run.FailedCalls} failed";
        string Phase(PhaseRate p) => $"{p.Sent} sent / {p.Allowed} allowed in {F(p.Seconds)} s ({F(p.AcceptedRatioOfBudget)} of the budget answered)";
        Line($"8. Replicas: {rep.Replicas} HTTP replicas, {rep.Callers} callers round-robin; budget {rep.BudgetPerMinute}/min burst {rep.Burst} (each replica's setting), "
            + $"sandbox {rep.BudgetPerMinute}/min bucket {rep.SandboxBurst}; concurrency is not shared: {rep.MaxConcurrencyPerReplica} per replica, sandbox admits {rep.SandboxMaxConcurrent}");
        Line($"   one Redis     {Run(rep.WithRedis)}");
        Line($"   no Redis      {Run(rep.WithoutRedis)}");
        var o = rep.Outage;
        Line($"   Redis killed  {o.Calls} calls, {o.FailedCalls} failed, {o.TokenRequests} token request(s), {o.TooManyRequests} × 429; "
            + $"before {Phase(o.Before)}; during {Phase(o.During)}; after {Phase(o.After)}");
        return s.ToString();
    }
}
