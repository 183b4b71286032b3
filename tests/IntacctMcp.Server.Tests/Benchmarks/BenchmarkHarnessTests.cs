using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Benchmarks;

/// <summary>Runs <c>tests/IntacctMcp.Benchmarks --quick</c> so that the harness cannot rot. Counts only, never timings.</summary>
public sealed class BenchmarkHarnessTests
{
    [Fact]
    public async Task QuickRun_ProducesEveryFigure_WithOneTokenRequestNo429sAndNoLoadErrors_AlsoAcrossReplicasOnRedis()
    {
        var output = Directory.CreateTempSubdirectory("intacct-mcp-bench-out-");
        try
        {
            var run = await CommandRunner.RunAsync(
                "dotnet",
                [Path.Combine(AppContext.BaseDirectory, "IntacctMcp.Benchmarks.dll"), "--quick", "--out", output.FullName],
                TimeSpan.FromMinutes(5));

            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "latest-quick.json"), TestContext.Current.CancellationToken))!;
            Assert.Equal(1, report["singleFlight"]!["tokenRequests"]!.GetValue<long>());
            Assert.Equal(0, report["rateLimit"]!["tooManyRequests"]!.GetValue<long>());
            Assert.Equal(0, report["load"]!["errors"]!.GetValue<int>());
            Assert.True(report["overhead"]!["calls"]!.GetValue<int>() > 0);
            Assert.True(report["coldStart"]!["runs"]!.GetValue<int>() > 0);
            Assert.Equal(11, report["questions"]!.AsArray().Count); // the five product-brief questions, issue 19's three statement questions, cash, and two dimension lists
            Assert.All(report["questions"]!.AsArray(), q => Assert.False(q!["isError"]!.GetValue<bool>()));
            Assert.Contains(report["toolsets"]!.AsArray(), t => t!["bytes"]!.GetValue<int>() > 0);

            // Three replicas on one Redis: one token for the company and no 429; a Redis outage fails no call.
            var replicas = report["replicas"]!;
            Assert.Equal(1, replicas["withRedis"]!["tokenRequests"]!.GetValue<long>());
            Assert.Equal(0, replicas["withRedis"]!["tooManyRequests"]!.GetValue<long>());
            Assert.Equal(0, replicas["withRedis"]!["failedCalls"]!.GetValue<int>());
            Assert.True(replicas["withRedis"]!["calls"]!.GetValue<long>() > 0);
            Assert.Equal(3, replicas["withoutRedis"]!["tokenRequests"]!.GetValue<long>()); // each replica alone asks for its own
            Assert.Equal(0, replicas["outage"]!["failedCalls"]!.GetValue<int>());
            Assert.True(replicas["outage"]!["during"]!["sent"]!.GetValue<long>() > 0); // calls kept reaching Sage while Redis was down
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
