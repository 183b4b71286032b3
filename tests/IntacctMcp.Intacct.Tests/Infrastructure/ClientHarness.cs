using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>The client wired exactly as a host wires it (AddIntacctClient), pointed at a loopback peer.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const string Company = "acme";

    /// <summary>The second company, on its own peer, when a test asks for one.</summary>
    public const string SecondCompany = "beta";

    /// <summary>The credentials every harness company signs in with (the mocks accept any; secrets tests look for this one).</summary>
    public const string ClientId = "mock-client";

    public const string ClientSecret = "mock-secret";

    public const string Username = "ai-api@ACME";

    /// <summary>The instant the tests' fake clocks start at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private ClientHarness(ServiceProvider services)
    {
        Services = services;
        Provider = services.GetRequiredService<IIntacctClientProvider>();
        Client = (IntacctClient)Provider.GetClient(Company);
    }

    public ServiceProvider Services { get; }

    public IIntacctClientProvider Provider { get; }

    public IntacctClient Client { get; }

    public IntacctCompanyRuntime Runtime => Client.Runtime;

    /// <summary>Creates a client for the peer with generous limits and tiny retry delays, then applies <paramref name="configure"/>.</summary>
    public static ClientHarness Create(Uri baseUrl, Action<IntacctCompanyOptions>? configure = null, TimeProvider? time = null, Action<IServiceCollection>? services = null, Uri? secondCompany = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        services?.Invoke(collection);
        collection.AddIntacctClient(options =>
        {
            var company = Generous(baseUrl);
            configure?.Invoke(company);
            options.Companies[Company] = company;
            if (secondCompany is not null)
            {
                options.Companies[SecondCompany] = Generous(secondCompany);
            }
        });
        return new ClientHarness(collection.BuildServiceProvider(validateScopes: true));
    }

    private static IntacctCompanyOptions Generous(Uri baseUrl) => new()
    {
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        Username = Username,
        BaseUrl = baseUrl.ToString(),
        RequestsPerMinute = 60_000,
        Burst = 1_000,
        MaxConcurrency = 200,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        TotalTimeout = TimeSpan.FromSeconds(60),
        MaxQueueWait = TimeSpan.FromSeconds(30),
        CircuitMinimumThroughput = 1_000,
    };

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
