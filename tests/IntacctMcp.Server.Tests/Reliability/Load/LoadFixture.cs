using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Load;

/// <summary>A sandbox without rate limits and a real HTTP server (API key) with client limits far above the load.</summary>
public sealed class LoadFixture : ReliabilityServerFixture
{
    /// <summary>Gets whether the full load phase was asked for (<c>INTACCT_MCP_FULL_LOAD=1</c>): 2 minutes instead of the CI phase.</summary>
    internal static bool Full => Environment.GetEnvironmentVariable("INTACCT_MCP_FULL_LOAD") == "1";

    internal static Dictionary<string, string> Unthrottled => new(StringComparer.Ordinal)
    {
        ["RequestsPerMinute"] = "100000",
        ["Burst"] = "5000",
        ["MaxConcurrency"] = "32",
    };

    protected override string Label => "load";

    protected override bool UseApiKey => true;

    protected override IReadOnlyList<string> Arguments => [];

    protected override Dictionary<string, string> CompanySettings => Unthrottled;

    protected override string LogLevel => "Warning";

    /// <summary>Settings for another server process on the fixture's sandbox and companies (stdio, or HTTP with other arguments).</summary>
    internal ServerSettings Settings(IReadOnlyList<string> arguments) => new()
    {
        ApiBaseUrl = Sandbox.ApiBaseUrl,
        Companies = Companies,
        CompanySettings = Unthrottled,
        Arguments = arguments,
        ApiKey = ApiKey,
        LogLevel = LogLevel,
    };

    protected override void ConfigureSandbox(SandboxOptions options)
    {
        options.RateLimitEnabled = false;
        options.MaxConcurrentRequests = 1000;
    }
}
