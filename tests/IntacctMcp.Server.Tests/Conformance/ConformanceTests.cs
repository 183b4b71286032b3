using Xunit;

namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>
/// The official MCP conformance suite (<c>@modelcontextprotocol/conformance</c> 0.1.16, server scenarios) against the real
/// <c>intacct-mcp</c> executable over Streamable HTTP on 127.0.0.1, stateless and stateful.
/// </summary>
public sealed class ConformanceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ApplicableScenarios_Pass(bool stateful)
    {
        await ConformanceSuite.EnsureInstalledAsync();
        await using var server = await ConformanceServer.StartAsync(stateful);

        var failures = new List<string>();
        foreach (var scenario in ConformanceScenarios.Applicable)
        {
            var (exitCode, checks, output) = await ConformanceSuite.RunScenarioAsync(server.Endpoint, scenario);
            var failed = checks.Where(check => check.Status == "FAILURE").ToList();
            if (exitCode != 0 || checks.Count == 0 || failed.Count > 0)
            {
                var reasons = failed.Count > 0
                    ? string.Join("; ", failed.Select(check => $"{check.Id}: {check.ErrorMessage}"))
                    : $"exit code {exitCode}, {checks.Count} checks\n{output}";
                failures.Add($"{scenario}: {reasons}");
            }
        }

        Assert.True(failures.Count == 0, $"{(stateful ? "stateful" : "stateless")}: {failures.Count} scenario(s) failed:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task EveryServerScenario_IsClassified()
    {
        await ConformanceSuite.EnsureInstalledAsync();

        var scenarios = await ConformanceSuite.ListServerScenariosAsync();

        Assert.NotEmpty(scenarios);
        Assert.Empty(scenarios.Except(ConformanceScenarios.Applicable).Except(ConformanceScenarios.NotApplicable.Keys));
        Assert.Empty(ConformanceScenarios.Applicable.Except(scenarios));
    }
}
