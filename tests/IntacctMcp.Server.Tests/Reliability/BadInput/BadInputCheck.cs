using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Figures;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary>The rules every bad-input case is held to, after its own expectation: the server survives and Sage saw nothing it should not.</summary>
internal static class BadInputCheck
{
    public static async Task AssertAsync(
        BadInputFixture fixture,
        string file,
        string caseId,
        SandboxCounters before,
        int sageCallsAllowed,
        bool clearError,
        string what)
    {
        var alive = await fixture.AnswersAsync();
        var after = fixture.Counters();
        var apiRequests = after.ApiRequests - before.ApiRequests;
        var reachedSage = apiRequests > sageCallsAllowed
            || after.TokenRequests != before.TokenRequests
            || after.RecordsCreated != before.RecordsCreated;
        ReliabilitySummary.RecordBadInput(file, clearError, crashed: !alive, reachedSage);

        Assert.True(alive, $"{caseId}: the server no longer answers after the case (exited: {fixture.Server.HasExited}).\n{fixture.Server.Tail()}");
        Assert.True(clearError, $"{caseId}: not the expected, named error. {what}");
        Assert.False(reachedSage, $"{caseId}: the sandbox saw {apiRequests} API request(s) (allowed {sageCallsAllowed}), {after.TokenRequests - before.TokenRequests} token request(s) and {after.RecordsCreated - before.RecordsCreated} created record(s).");
    }
}
