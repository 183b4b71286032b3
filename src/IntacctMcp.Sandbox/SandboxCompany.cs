using IntacctMcp.Sandbox.Api;
using IntacctMcp.Sandbox.Data;
using IntacctMcp.Sandbox.Faults;
using IntacctMcp.Sandbox.Limits;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox;

/// <summary>One sandbox company at run time: credentials, data, limits, faults, counters and idempotency cache.</summary>
internal sealed class SandboxCompany : IDisposable
{
    private int _tokenGeneration;
    private int _refreshGeneration;

    public SandboxCompany(SandboxCompanyOptions options, int requestsPerMinute, int? burst, int maxConcurrent, TimeProvider time)
    {
        // Limits first: a bad setting fails before the company's data is generated.
        var perMinute = options.RequestsPerMinute ?? requestsPerMinute;
        RateLimiter = new CompanyRateLimiter(perMinute, options.Burst ?? burst ?? perMinute, options.MaxConcurrentRequests ?? maxConcurrent, time);
        Id = options.CompanyId;
        Name = options.CompanyName ?? options.CompanyId;
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        UserId = options.UserId;
        WebServicesEnabled = options.WebServicesEnabled;
        AuthorizedClientIds = options.AuthorizedClientIds.Count > 0
            ? new HashSet<string>(options.AuthorizedClientIds, StringComparer.Ordinal)
            : new HashSet<string>([options.ClientId], StringComparer.Ordinal);
        IEnumerable<string> regular = options.RegularUserIds.Count > 0 ? options.RegularUserIds : [SandboxDemo.RegularUserId, SandboxDemo.SecondRegularUserId];
        RegularUsers = regular.ToDictionary(u => u, u => u, StringComparer.OrdinalIgnoreCase);
        Books = DemoCompanyGenerator.Generate(options.Seed, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        Data = Books.Data;
    }

    public string Id { get; }

    public string Name { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string UserId { get; }

    public bool WebServicesEnabled { get; }

    /// <summary>Gets the regular users (sign-in ID, any case, to the ID as stored).</summary>
    public IReadOnlyDictionary<string, string> RegularUsers { get; }

    public IReadOnlySet<string> AuthorizedClientIds { get; }

    public CompanyData Data { get; }

    public Books Books { get; }

    public CompanyRateLimiter RateLimiter { get; }

    public FaultState Faults { get; } = new();

    public CompanyCounters Counters { get; } = new();

    public IdempotencyCache Idempotency { get; } = new();

    /// <summary>Gets the finished reports by report ID.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Reports.TrialBalanceReport> Reports { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the token generation; tokens issued under an older generation count as expired.</summary>
    public int TokenGeneration => Volatile.Read(ref _tokenGeneration);

    public void ExpireTokens() => Interlocked.Increment(ref _tokenGeneration);

    /// <summary>Gets the refresh-token generation; refresh tokens issued under an older generation count as expired.</summary>
    public int RefreshGeneration => Volatile.Read(ref _refreshGeneration);

    public void ExpireRefreshTokens() => Interlocked.Increment(ref _refreshGeneration);

    public void Dispose() => Data.Dispose();
}
