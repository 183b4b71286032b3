using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>A sandbox and a real HTTP server with writes allowed and fast-failing client settings, for writes under faults.</summary>
public sealed class WriteFaultFixture : ReliabilityServerFixture
{
    protected override string Label => "write-faults";

    protected override string LogLevel => "Debug";
}
