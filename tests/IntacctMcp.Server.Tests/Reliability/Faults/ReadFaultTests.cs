using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// Reads through the real server while the sandbox misbehaves. A fault that clears within the wait budget must be
/// absorbed (the read succeeds); a fault that lasts must end in a tool error naming the cause and the next step.
/// Never a hang, never a crash.
/// </summary>
public sealed class ReadFaultTests(ReadFaultFixture fixture) : FaultFreeTests<ReadFaultFixture>(fixture), IClassFixture<ReadFaultFixture>
{
    private static readonly string[] RateLimitWords = ["429", "rate limit"];
    private static readonly string[] ServerErrorWords = ["500", "503", "failing", "unavailable"];
    private static readonly string[] TimeoutWords = ["timed out", "timeout", "did not answer"];
    private static readonly string[] ConnectionWords = ["connection", "unreachable", "network"];
    private static readonly string[] TokenWords = ["token", "authenticat", "credentials"];

    [Fact]
    public async Task Read_RateLimitStormThatClears_Succeeds()
    {
        var before = Fixture.Counters();
        Fixture.SetFaults(new SandboxFaults { RateLimitStorm = 2, RetryAfterSeconds = 1 });
        await ExpectAsync("429 storm, 2 × Retry-After 1 s", FaultOutcome.Recovered, RateLimitWords);
        Assert.Equal(2, Fixture.Counters().RateLimited - before.RateLimited);
    }

    [Fact]
    public async Task Read_ConcurrentReadsDuringRateLimitStorm_AllSucceed()
    {
        Fixture.SetFaults(new SandboxFaults { RateLimitStorm = 4, RetryAfterSeconds = 1 });
        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Fixture.CallAsync("query", FaultJudge.ReadArguments(), FaultJudge.CallBound)));
        var alive = await Fixture.AnswersAsync();
        var outcomes = calls.Select(c => FaultJudge.Classify(c, alive, RateLimitWords)).ToList();
        ReliabilitySummary.RecordFault("429 storm, 4 × Retry-After 1 s, 8 concurrent reads", "read", outcomes);
        Assert.All(calls, c => Assert.True(c.Succeeded, c.ToString()));
    }

    [Fact]
    public async Task Read_RateLimitStormThatLasts_ClearErrorNamingRateLimit() =>
        await ExpectAsync("429 storm that outlasts the retries", FaultOutcome.ClearError, RateLimitWords, new SandboxFaults { RateLimitStorm = 100_000, RetryAfterSeconds = 1 });

    [Fact]
    public async Task Read_ServerErrorBurstThatClears_Succeeds() =>
        await ExpectAsync("5xx burst, 2 × 503", FaultOutcome.Recovered, ServerErrorWords, new SandboxFaults { ServerErrors = 2, ServerErrorStatus = 503 });

    [Fact]
    public async Task Read_ServerErrorsThatLast_ClearErrorNamingSage() =>
        await ExpectAsync("5xx that outlast the retries (500)", FaultOutcome.ClearError, ServerErrorWords, new SandboxFaults { ServerErrors = 100_000, ServerErrorStatus = 500 });

    [Fact]
    public async Task Read_LatencyBeyondAttemptTimeoutThatClears_Succeeds()
    {
        var before = Fixture.Counters();
        Fixture.SetFaults(new SandboxFaults { AddedLatency = TimeSpan.FromSeconds(4) });
        var call = Fixture.CallAsync("query", FaultJudge.ReadArguments(), FaultJudge.CallBound);

        // The first attempt is in the sandbox, held past the 1 s attempt timeout: clear the fault so a retry can succeed.
        var arrived = await Eventually.WaitUntilAsync(() => Fixture.Counters().ApiRequests > before.ApiRequests, TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Fixture.ClearFaults();
        Assert.True(arrived, "The read never reached the sandbox.");
        await JudgeAsync("latency 4 s > attempt timeout 1 s, cleared during the call", FaultOutcome.Recovered, TimeoutWords, await call);
    }

    [Fact]
    public async Task Read_LatencyBeyondAttemptTimeoutThatLasts_ClearErrorNamingTimeout() =>
        await ExpectAsync("latency 5 s > attempt timeout 1 s, lasting", FaultOutcome.ClearError, TimeoutWords, new SandboxFaults { AddedLatency = TimeSpan.FromSeconds(5) });

    [Fact]
    public async Task Read_DroppedConnectionsThatClear_Succeeds() =>
        await ExpectAsync("2 dropped connections", FaultOutcome.Recovered, ConnectionWords, new SandboxFaults { DropConnections = 2 });

    [Fact]
    public async Task Read_DroppedConnectionsThatLast_ClearErrorNamingConnection() =>
        await ExpectAsync("dropped connections that outlast the retries", FaultOutcome.ClearError, ConnectionWords, new SandboxFaults { DropConnections = 100_000 });

    [Fact]
    public async Task Read_TokenExpiredMidRunGw0040_RefreshesAndSucceeds()
    {
        var before = Fixture.Counters();
        Fixture.Sandbox.Control.ExpireTokens(Fixture.Company.CompanyId);
        await ExpectAsync("token expired mid-run (401 GW-0040)", FaultOutcome.Recovered, TokenWords);
        Assert.True(Fixture.Counters().TokenRequests > before.TokenRequests, "The server did not fetch a new token.");
    }

    [Fact]
    public async Task Read_TokenEndpointFailingForAWhile_SucceedsOrNamesTokenEndpoint()
    {
        Fixture.Sandbox.Control.ExpireTokens(Fixture.Company.CompanyId);
        Fixture.SetFaults(new SandboxFaults { TokenEndpointFailures = 2 });
        var result = await Fixture.CallAsync("query", FaultJudge.ReadArguments(), FaultJudge.CallBound);
        var outcome = FaultJudge.Classify(result, await Fixture.AnswersAsync(), TokenWords);
        ReliabilitySummary.RecordFault("token endpoint fails twice (503)", "read", [outcome]);
        Assert.True(outcome is FaultOutcome.Recovered or FaultOutcome.ClearError, $"{outcome}: {result}");

        // Once the token endpoint is back, reads work again.
        Fixture.ClearFaults();
        await ExpectAsync("token endpoint back after failures", FaultOutcome.Recovered, TokenWords);
    }

    [Fact]
    public async Task Read_TokenEndpointFailingThatLasts_ClearErrorNamingToken()
    {
        Fixture.Sandbox.Control.ExpireTokens(Fixture.Company.CompanyId);
        await ExpectAsync("token endpoint failing throughout (503)", FaultOutcome.ClearError, TokenWords, new SandboxFaults { TokenEndpointFailures = 100_000 });
        Fixture.ClearFaults();
        await ExpectAsync("token endpoint back after a long failure", FaultOutcome.Recovered, TokenWords);
    }

    private async Task ExpectAsync(string fault, FaultOutcome expected, IReadOnlyList<string> causeWords, SandboxFaults? faults = null)
    {
        if (faults is not null)
        {
            Fixture.SetFaults(faults);
        }

        var result = await Fixture.CallAsync("query", FaultJudge.ReadArguments(), FaultJudge.CallBound);
        Fixture.ClearFaults();
        await JudgeAsync(fault, expected, causeWords, result);
    }

    private async Task JudgeAsync(string fault, FaultOutcome expected, IReadOnlyList<string> causeWords, ToolCallResult result)
    {
        var outcome = FaultJudge.Classify(result, await Fixture.AnswersAsync(), causeWords);
        ReliabilitySummary.RecordFault(fault, "read", [outcome]);
        Assert.True(outcome == expected, $"{fault}: expected {expected}, got {outcome}: {result}\n{Fixture.Server.Tail(10)}");
    }
}
