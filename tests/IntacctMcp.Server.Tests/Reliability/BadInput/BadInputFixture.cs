using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary>One sandbox and one real HTTP server (API key required, writes allowed) per bad-input test class.</summary>
public sealed class BadInputFixture : ReliabilityServerFixture
{
    private static int _instances;
    private readonly string _label = $"bad-input-{Interlocked.Increment(ref _instances)}";

    protected override string Label => _label;

    protected override bool UseApiKey => true;
}
