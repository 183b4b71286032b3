using IntacctMcp.Sandbox;

namespace IntacctMcp.Benchmarks;

/// <summary>What every measurement shares: the settings, the two sandboxes and the launcher.</summary>
/// <param name="Settings">How much each measurement does.</param>
/// <param name="Sandbox">A sandbox without rate limits (overhead, load, questions).</param>
/// <param name="LimitedSandbox">A sandbox enforcing <see cref="SandboxLimit"/> (rate-limit use).</param>
/// <param name="Launcher">Starts the server executable.</param>
internal sealed record BenchmarkContext(BenchmarkSettings Settings, SandboxServer Sandbox, SandboxServer LimitedSandbox, ServerLauncher Launcher)
{
    /// <summary>The limit the limited sandbox enforces and the server is configured with.</summary>
    public static ClientLimits SandboxLimit { get; } = new(600, 10, 4);
}
