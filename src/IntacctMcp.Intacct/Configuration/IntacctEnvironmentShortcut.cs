using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Intacct.Configuration;

/// <summary>
/// Adds the single company that desktop configs describe with <c>INTACCT_*</c> environment variables
/// (read from the configuration root, where environment variables appear under their own names).
/// </summary>
/// <param name="configuration">The configuration root.</param>
internal sealed class IntacctEnvironmentShortcut(IConfiguration configuration) : IConfigureOptions<IntacctOptions>
{
    /// <summary>The variable holding the client ID.</summary>
    public const string ClientIdKey = "INTACCT_CLIENT_ID";

    /// <summary>The variable holding the client secret.</summary>
    public const string ClientSecretKey = "INTACCT_CLIENT_SECRET";

    /// <summary>The variable holding the username.</summary>
    public const string UsernameKey = "INTACCT_USERNAME";

    /// <summary>The variable holding the optional default entity.</summary>
    public const string EntityIdKey = "INTACCT_ENTITY_ID";

    /// <summary>The variable holding the optional base URL.</summary>
    public const string BaseUrlKey = "INTACCT_BASE_URL";

    /// <summary>The variable holding the optional company name.</summary>
    public const string CompanyNameKey = "INTACCT_COMPANY_NAME";

    /// <summary>The company name used when <see cref="CompanyNameKey"/> is not set.</summary>
    public const string DefaultCompanyName = "default";

    /// <inheritdoc/>
    public void Configure(IntacctOptions options)
    {
        var clientId = configuration[ClientIdKey];
        var clientSecret = configuration[ClientSecretKey];
        var username = configuration[UsernameKey];
        if (string.IsNullOrWhiteSpace(clientId) && string.IsNullOrWhiteSpace(clientSecret) && string.IsNullOrWhiteSpace(username))
        {
            return;
        }

        var name = configuration[CompanyNameKey];
        name = string.IsNullOrWhiteSpace(name) ? DefaultCompanyName : name.Trim();
        if (!options.Companies.TryGetValue(name, out var company))
        {
            company = new IntacctCompanyOptions();
            options.Companies[name] = company;
        }

        // The environment wins over a same-named section: it is what the desktop config says now.
        company.ClientId = clientId ?? company.ClientId;
        company.ClientSecret = clientSecret ?? company.ClientSecret;
        company.Username = username ?? company.Username;
        company.EntityId = configuration[EntityIdKey] ?? company.EntityId;
        company.BaseUrl = configuration[BaseUrlKey] is { Length: > 0 } baseUrl ? baseUrl : company.BaseUrl;
        company.FromEnvironment = true;
    }
}
