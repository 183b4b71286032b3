using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// A sandbox plus server processes started and killed by the tests: the same write sent by separate stdio processes,
/// at the same moment, and after a process was killed between Sage's commit and its answer.
/// </summary>
public sealed class RepeatedWriteFixture : ReliabilityServerFixture
{
    protected override string Label => "repeated-writes";

    /// <summary>Gets client settings whose attempt timeout outlasts the test's kill, so the killed process never retried itself.</summary>
    protected override Dictionary<string, string> CompanySettings => new(ServerSettings.FastFailing(), StringComparer.Ordinal)
    {
        ["AttemptTimeout"] = "00:00:30",
        ["TotalTimeout"] = "00:01:00",
    };

    /// <summary>Settings for another process on the fixture's sandbox and companies.</summary>
    internal ServerSettings Settings() => new()
    {
        ApiBaseUrl = Sandbox.ApiBaseUrl,
        Companies = Companies,
        CompanySettings = CompanySettings,
        Arguments = Arguments,
        LogLevel = LogLevel,
    };
}
