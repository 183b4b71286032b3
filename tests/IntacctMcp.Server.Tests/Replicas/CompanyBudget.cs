using System.Globalization;
using IntacctMcp.Sandbox;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>The company budget the rate tests give the replicas, and a sandbox that enforces it (so overspending shows as 429s).</summary>
internal static class CompanyBudget
{
    /// <summary>The company's requests per minute.</summary>
    public const int RequestsPerMinute = 240;

    /// <summary>The company's burst, as configured on each replica.</summary>
    public const int Burst = 4;

    // Sage's bucket a notch above the configured one: requests granted on the bucket's exact schedule arrive with
    // network jitter, and a budget configured at exactly Sage's would then trip it now and then.
    private const int Slack = 2;

    /// <summary>The replicas' settings for the budget.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Intacct:Companies:demo:RequestsPerMinute"] = RequestsPerMinute.ToString(CultureInfo.InvariantCulture),
        ["Intacct:Companies:demo:Burst"] = Burst.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Starts a sandbox that enforces the budget (concurrency is not shared, so it admits plenty).</summary>
    /// <returns>The sandbox.</returns>
    public static async Task<SandboxServer> StartSandboxAsync() =>
        await SandboxServer.StartAsync(
            new SandboxOptions { RateLimitEnabled = true, RequestsPerMinute = RequestsPerMinute, Burst = Burst + Slack, MaxConcurrentRequests = 64 },
            TestContext.Current.CancellationToken);
}
