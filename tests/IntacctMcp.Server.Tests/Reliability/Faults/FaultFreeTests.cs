using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// Fault tests that share one sandbox: each starts and ends with no faults set, so a test that fails midway cannot leave
/// a storm behind for the next.
/// </summary>
/// <typeparam name="TFixture">The fixture holding the sandbox and server.</typeparam>
public abstract class FaultFreeTests<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : ReliabilityServerFixture
{
    /// <summary>Gets the fixture holding the sandbox and server.</summary>
    protected TFixture Fixture { get; } = fixture;

    /// <inheritdoc/>
    public ValueTask InitializeAsync()
    {
        Fixture.ClearFaults();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Fixture.ClearFaults();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
