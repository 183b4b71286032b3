using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>Two companies on one sandbox behind one real server, with a circuit breaker that opens after a few failures.</summary>
public sealed class CircuitFixture : ReliabilityServerFixture
{
    internal ReliabilityCompany Failing => Companies[0];

    internal ReliabilityCompany Healthy => Companies[1];

    protected override string Label => "circuit";

    protected override IReadOnlyList<string> CompanyNames => ["failing", "healthy"];

    protected override Dictionary<string, string> CompanySettings
    {
        get
        {
            var settings = ServerSettings.FastFailing(maxRetries: 1);
            settings["CircuitFailureRatio"] = "0.5";
            settings["CircuitMinimumThroughput"] = "4";
            settings["CircuitBreakDuration"] = "00:02:00";
            return settings;
        }
    }
}
