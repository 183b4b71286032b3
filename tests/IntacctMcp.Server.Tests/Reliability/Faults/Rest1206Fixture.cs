using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>A sandbox that answers expired tokens with 400 <c>REST-1206</c> (the other form Sage uses), and a server in front.</summary>
public sealed class Rest1206Fixture : ReliabilityServerFixture
{
    protected override string Label => "rest-1206";

    protected override void ConfigureSandbox(SandboxOptions options) => options.ExpiredTokenAsRest1206 = true;

    protected override string LogLevel => "Verbose";
}
