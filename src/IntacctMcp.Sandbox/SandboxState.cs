using System.Collections.Frozen;
using IntacctMcp.Sandbox.Auth;

namespace IntacctMcp.Sandbox;

/// <summary>Everything a running sandbox holds: options, companies by ID, registered clients and issued tokens.</summary>
internal sealed class SandboxState : IDisposable
{
    public SandboxState(SandboxOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Tokens = new TokenStore(Time);
        Codes = new AuthorizationCodeStore(Time);
        RefreshTokens = new RefreshTokenStore(Time);
        var demo = new SandboxCompanyOptions
        {
            CompanyId = SandboxDemo.CompanyId,
            CompanyName = SandboxDemo.CompanyName,
            ClientId = SandboxDemo.ClientId,
            ClientSecret = SandboxDemo.ClientSecret,
            UserId = SandboxDemo.UserId,
            Seed = options.Seed,
            AuthorizedClientIds = { SandboxDemo.ClientId, SandboxDemo.PublicClientId },
        };
        var companies = new List<SandboxCompany>();
        foreach (var company in options.ExtraCompanies.Prepend(demo))
        {
            companies.Add(new SandboxCompany(company, options.RequestsPerMinute, options.Burst, options.MaxConcurrentRequests, Time));
        }

        // Sage company IDs are not case-sensitive at login.
        Companies = companies.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        var clients = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SandboxDemo.UnauthorizedClientId] = SandboxDemo.UnauthorizedClientSecret,
        };
        foreach (var company in companies)
        {
            clients[company.ClientId] = company.ClientSecret;
        }

        Clients = clients.ToFrozenDictionary(StringComparer.Ordinal);
        Demo = Companies[SandboxDemo.CompanyId];
    }

    public SandboxOptions Options { get; }

    public TimeProvider Time { get; }

    public TokenStore Tokens { get; }

    public FrozenDictionary<string, SandboxCompany> Companies { get; }

    /// <summary>Gets the registered clients (ID to secret), across all companies.</summary>
    public FrozenDictionary<string, string> Clients { get; }

    /// <summary>Gets the registered public clients (no secret: PKCE only).</summary>
    public FrozenSet<string> PublicClients { get; } = new[] { SandboxDemo.PublicClientId }.ToFrozenSet(StringComparer.Ordinal);

    public AuthorizationCodeStore Codes { get; }

    public RefreshTokenStore RefreshTokens { get; }

    public SandboxCompany Demo { get; }

    /// <summary>Whether a client ID is registered, confidential or public.</summary>
    public bool IsKnownClient(string? clientId) => clientId is not null && (Clients.ContainsKey(clientId) || PublicClients.Contains(clientId));

    /// <summary>Resolves a company ID (null = the demo company).</summary>
    public SandboxCompany Company(string? companyId) =>
        companyId is null ? Demo
        : Companies.TryGetValue(companyId, out var company) ? company
        : throw new ArgumentException($"The sandbox has no company '{companyId}'.", nameof(companyId));

    /// <summary>Gets the companies an operation applies to (null = every company).</summary>
    public IEnumerable<SandboxCompany> Targets(string? companyId) => companyId is null ? Companies.Values : [Company(companyId)];

    public void Dispose()
    {
        Tokens.Dispose();
        foreach (var company in Companies.Values)
        {
            company.Dispose();
        }
    }
}
