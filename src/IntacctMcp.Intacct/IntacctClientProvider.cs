using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Intacct;

/// <summary>Creates one client (with its own token, limiter and circuit) per configured company, once.</summary>
internal sealed class IntacctClientProvider : IIntacctClientProvider, IDisposable
{
    private readonly Dictionary<string, IntacctClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IntacctCompanyRuntime> _runtimes = [];

    public IntacctClientProvider(IOptions<IntacctOptions> options, IHttpClientFactory httpClientFactory, IIntacctTokenStore tokenStore, IIntacctSharedState shared, TimeProvider time, ILoggerFactory loggerFactory)
    {
        var settings = options.Value;
        foreach (var (name, company) in settings.Companies)
        {
            var runtime = new IntacctCompanyRuntime(name, company, httpClientFactory, tokenStore, shared, time, loggerFactory);
            _runtimes.Add(runtime);
            _clients[name] = new IntacctClient(runtime, httpClientFactory, loggerFactory.CreateLogger<IntacctClient>());
        }

        CompanyNames = [.. settings.Companies.Keys];
        DefaultCompany = settings.DefaultCompany is { } configured && _clients.ContainsKey(configured)
            ? CompanyNames.First(n => string.Equals(n, configured, StringComparison.OrdinalIgnoreCase))
            : CompanyNames.Count == 1 ? CompanyNames[0] : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> CompanyNames { get; }

    /// <inheritdoc/>
    public string? DefaultCompany { get; }

    /// <inheritdoc/>
    public IIntacctClient GetClient(string? company = null)
    {
        if (string.IsNullOrWhiteSpace(company))
        {
            if (DefaultCompany is null)
            {
                throw new IntacctConfigurationException(CompanyNames.Count == 0
                    ? "No Sage Intacct company is configured. Set Intacct:Companies:<name>:ClientId, ClientSecret and Username, or the environment variables INTACCT_CLIENT_ID, INTACCT_CLIENT_SECRET and INTACCT_USERNAME."
                    : $"Several Sage Intacct companies are configured and none was named. Name one of: {string.Join(", ", CompanyNames)} (or set Intacct:DefaultCompany).");
            }

            company = DefaultCompany;
        }

        return _clients.TryGetValue(company.Trim(), out var client)
            ? client
            : throw new IntacctConfigurationException(CompanyNames.Count == 0
                ? $"The Sage Intacct company '{company}' is not configured; no company is. Set Intacct:Companies:{company}:ClientId, ClientSecret and Username."
                : $"The Sage Intacct company '{company}' is not configured. Use one of: {string.Join(", ", CompanyNames)}.");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var runtime in _runtimes)
        {
            runtime.Dispose();
        }
    }
}
