using Microsoft.Extensions.Options;

namespace IntacctMcp.Intacct.Configuration;

/// <summary>Trims pasted credentials when the options are materialised: surrounding whitespace is the usual cause of "invalid client credentials".</summary>
internal sealed class IntacctOptionsPostConfigure : IPostConfigureOptions<IntacctOptions>
{
    /// <inheritdoc/>
    public void PostConfigure(string? name, IntacctOptions options)
    {
        options.DefaultCompany = string.IsNullOrWhiteSpace(options.DefaultCompany) ? null : options.DefaultCompany.Trim();
        foreach (var company in options.Companies.Values)
        {
            company.Flow = string.IsNullOrWhiteSpace(company.Flow) ? IntacctFlows.ClientCredentials : company.Flow.Trim().ToLowerInvariant();
            company.ClientId = (company.ClientId ?? string.Empty).Trim();
            company.ClientSecret = (company.ClientSecret ?? string.Empty).Trim();
            company.Username = (company.Username ?? string.Empty).Trim();
            company.EntityId = string.IsNullOrWhiteSpace(company.EntityId) ? null : company.EntityId.Trim();
            company.BaseUrl = string.IsNullOrWhiteSpace(company.BaseUrl)
                ? IntacctCompanyOptions.DefaultBaseUrl
                : company.BaseUrl.Trim().TrimEnd('/');
        }
    }
}
