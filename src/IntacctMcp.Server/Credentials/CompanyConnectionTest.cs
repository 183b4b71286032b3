using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntacctMcp.Server.Credentials;

/// <summary>Tests one company's connection with a client built for just that company (used by <c>configure</c> before saving).</summary>
internal static class CompanyConnectionTest
{
    /// <summary>Requests a token and makes one cheap authenticated read.</summary>
    /// <param name="company">The company as it would be saved.</param>
    /// <param name="persistTokenIn">When set, the token is kept encrypted in this folder, so the next server start reuses it.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>What the token belongs to.</returns>
    /// <exception cref="Intacct.Errors.IntacctException">Sage refused or could not be reached; the message and hint say why and what to fix.</exception>
    public static async Task<IntacctConnectionInfo> RunAsync(StoredCompany company, IntacctMcpHome? persistTokenIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var services = new ServiceCollection();

        // No logging providers: the command prints its own outcome, and nothing may echo a credential.
        services.AddLogging();
        services.AddIntacctClient(options => options.Companies[company.Name] = ToOptions(company));
        if (persistTokenIn is not null)
        {
            services.AddIntacctTokenPersistence(persistTokenIn.Path);
        }

        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IIntacctClientProvider>().GetClient(company.Name);
        return await client.TestConnectionAsync(cancellationToken);
    }

    /// <summary>Maps a stored company to client options (defaults where the store holds nothing).</summary>
    public static IntacctCompanyOptions ToOptions(StoredCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var options = new IntacctCompanyOptions
        {
            Flow = company.Flow ?? IntacctFlows.ClientCredentials,
            ClientId = company.ClientId,
            ClientSecret = company.ClientSecret,
            Username = company.Username,
            EntityId = company.EntityId,
        };
        options.BaseUrl = company.BaseUrl ?? options.BaseUrl;
        options.RequestsPerMinute = company.RequestsPerMinute ?? options.RequestsPerMinute;
        options.Burst = company.Burst ?? options.Burst;
        options.MaxConcurrency = company.MaxConcurrency ?? options.MaxConcurrency;
        return options;
    }
}
