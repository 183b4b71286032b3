using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>A sandbox and a real HTTP server with fast-failing client settings, for reads under faults.</summary>
public sealed class ReadFaultFixture : ReliabilityServerFixture
{
    protected override string Label => "read-faults";

    protected override string LogLevel => "Debug";
}
