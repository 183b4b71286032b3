using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Benchmarks;

/// <summary>Runs <c>tests/IntacctMcp.Benchmarks --quick</c> so that the harness cannot rot. Counts only, never timings.</summary>
public sealed class BenchmarkHarnessTests
{
    [Fact]
    public async Task QuickRun_ProducesEveryFigure_WithOneTokenRequestNo429sAndNoLoadErrors()
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
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
