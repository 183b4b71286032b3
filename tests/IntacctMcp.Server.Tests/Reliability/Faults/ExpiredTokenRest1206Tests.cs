using IntacctMcp.Server.Tests.Reliability.Figures;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>Tokens expiring mid-run when Sage says so with 400 REST-1206 instead of 401: reads and writes carry on.</summary>
public sealed class ExpiredTokenRest1206Tests(Rest1206Fixture fixture) : IClassFixture<Rest1206Fixture>
{
    private static readonly string[] TokenWords = ["token", "authenticat", "REST-1206"];

    [Fact]
    public async Task Read_TokenExpiredMidRunRest1206_RefreshesAndSucceeds()
    {
        var before = fixture.Counters();
        fixture.Sandbox.Control.ExpireTokens(fixture.Company.CompanyId);
        var result = await fixture.CallAsync("query", FaultJudge.ReadArguments(), FaultJudge.CallBound);
        var outcome = FaultJudge.Classify(result, await fixture.AnswersAsync(), TokenWords);
        ReliabilitySummary.RecordFault("token expired mid-run (400 REST-1206)", "read", [outcome]);
        Assert.True(outcome == FaultOutcome.Recovered, $"{outcome}: {result}\n{fixture.Server.Tail(10)}");
        Assert.True(fixture.Counters().TokenRequests > before.TokenRequests, "The server did not fetch a new token.");
    }

    [Fact]
    public async Task Write_TokenExpiredBeforeEachWriteRest1206_EachBillCreatedOnce()
    {
        var tally = await WriteScenario.RunAsync(fixture, "token expired before each write (400 REST-1206)", 3, _ => fixture.Sandbox.Control.ExpireTokens(fixture.Company.CompanyId));
        Assert.Equal(3, tally.ReportedCreated);
    }
}
