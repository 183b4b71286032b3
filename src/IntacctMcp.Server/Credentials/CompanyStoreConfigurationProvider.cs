using System.Globalization;
using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Credentials;

/// <summary>Maps the stored companies to <c>Intacct:Companies:&lt;name&gt;:ClientId|ClientSecret|Username|…</c>.</summary>
/// <remarks>
/// When the store file does not exist, loading touches neither DataProtection nor the key ring (start-up time matters
/// for stdio servers that are restarted often). A damaged or undecryptable store fails loading with an
/// <see cref="Intacct.Errors.IntacctConfigurationException"/> naming the company and the fix; it is never read as empty.
/// </remarks>
internal sealed class CompanyStoreConfigurationProvider(CompanyStoreConfigurationSource source) : ConfigurationProvider
{
    /// <summary>Gets the store folder.</summary>
    public IntacctMcpHome Home => source.Home;

    /// <inheritdoc/>
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(Home.CompaniesFile))
        {
            var store = new CompanyStore(new CredentialProtection(Home), TimeProvider.System);
            foreach (var company in store.Load())
            {
                Add(data, company);
            }
        }

        Data = data;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Encrypted company store ({Home.CompaniesFile})";

    private static void Add(Dictionary<string, string?> data, StoredCompany company)
    {
        var prefix = ConfigurationPath.Combine(IntacctOptions.SectionName, nameof(IntacctOptions.Companies), company.Name);
        data[ConfigurationPath.Combine(prefix, nameof(IntacctCompanyOptions.ClientId))] = company.ClientId;
        data[ConfigurationPath.Combine(prefix, nameof(IntacctCompanyOptions.ClientSecret))] = company.ClientSecret;
        data[ConfigurationPath.Combine(prefix, nameof(IntacctCompanyOptions.Username))] = company.Username;
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.Flow), company.Flow);
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.EntityId), company.EntityId);
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.BaseUrl), company.BaseUrl);
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.RequestsPerMinute), company.RequestsPerMinute);
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.Burst), company.Burst);
        SetIfPresent(data, prefix, nameof(IntacctCompanyOptions.MaxConcurrency), company.MaxConcurrency);
    }

    private static void SetIfPresent(Dictionary<string, string?> data, string prefix, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            data[ConfigurationPath.Combine(prefix, key)] = value;
        }
    }

    private static void SetIfPresent(Dictionary<string, string?> data, string prefix, string key, int? value)
    {
        if (value is { } number)
        {
            data[ConfigurationPath.Combine(prefix, key)] = number.ToString(CultureInfo.InvariantCulture);
        }
    }
}
