using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// One company's Sage keeps failing: its circuit opens (calls stop reaching Sage and say why), while the other company,
/// served by the same process, keeps succeeding. Judged on results and sandbox counters, not timings.
/// </summary>
public sealed class CircuitBreakerTests(CircuitFixture fixture) : IClassFixture<CircuitFixture>
{
    private const int Rounds = 12;
    private static readonly string[] CircuitWords = ["circuit", "temporarily", "paused", "failing", "unavailable", "500"];

    [Fact]
    public async Task CircuitBreaker_OneCompanyFailing_OpensForItOtherCompanyUnaffected()
    {
        fixture.SetFaults(new SandboxFaults { ServerErrors = 1_000_000, ServerErrorStatus = 500 }, fixture.Failing);
        var failingOutcomes = new List<FaultOutcome>();
        var requestsPerFailingCall = new List<long>();
        var healthyResults = new List<ToolCallResult>();
        var healthyBefore = fixture.Counters(fixture.Healthy);
        string lastFailingText = string.Empty;
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var before = fixture.Counters(fixture.Failing).ApiRequests;
                var failing = await fixture.CallAsync("query", Read(fixture.Failing), FaultJudge.CallBound);
                requestsPerFailingCall.Add(fixture.Counters(fixture.Failing).ApiRequests - before);
                failingOutcomes.Add(FaultJudge.Classify(failing, !fixture.Server.HasExited, CircuitWords));
                lastFailingText = failing.Text;

                healthyResults.Add(await fixture.CallAsync("query", Read(fixture.Healthy), FaultJudge.CallBound));
            }
        }
        finally
        {
            fixture.ClearFaults();
        }

        ReliabilitySummary.RecordFault("one company failing (500s) until its circuit opens", "read", failingOutcomes);
        ReliabilitySummary.RecordFault("the other company while the first one's circuit is open", "read", healthyResults.Select(r => FaultJudge.Classify(r, !fixture.Server.HasExited, CircuitWords)));

        Assert.All(failingOutcomes, o => Assert.Equal(FaultOutcome.ClearError, o));
        Assert.All(healthyResults, r => Assert.True(r.Succeeded, $"healthy company: {r}"));
        Assert.True(fixture.Counters(fixture.Healthy).ApiRequests - healthyBefore.ApiRequests >= Rounds, "The healthy company's calls did not all reach its Sage.");

        // Open circuit: the last calls for the failing company no longer reach Sage at all, and say why.
        Assert.True(requestsPerFailingCall.TakeLast(3).All(n => n == 0), $"Sage requests per failing call: {string.Join(", ", requestsPerFailingCall)}");
        Assert.True(ToolText.ContainsAny(lastFailingText, ["circuit", "temporarily", "paused"]), $"The short-circuited error does not say the company is paused: {lastFailingText}");
    }

    private static JsonObject Read(ReliabilityCompany company)
    {
        var arguments = FaultJudge.ReadArguments();
        arguments["company"] = company.Name;
        return arguments;
    }
}
