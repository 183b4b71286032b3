using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Tools.Tests.Fakes;

/// <summary>Companies served by fake clients.</summary>
internal sealed class FakeClientProvider(params string[] names) : IIntacctClientProvider
{
    public Dictionary<string, FakeIntacctClient> Clients { get; } = names.ToDictionary(n => n, n => new FakeIntacctClient(n), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> CompanyNames => names;

    public string? DefaultCompany => names.Length == 1 ? names[0] : null;

    public IIntacctClient GetClient(string? company = null)
    {
        var name = company ?? DefaultCompany ?? throw new IntacctConfigurationException($"Name a company: {string.Join(", ", names)}.");
        return Clients.TryGetValue(name, out var client) ? client : throw new IntacctConfigurationException($"Unknown company '{name}'; configured: {string.Join(", ", names)}.");
    }
}
