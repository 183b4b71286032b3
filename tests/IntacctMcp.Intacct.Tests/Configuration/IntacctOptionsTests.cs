using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Configuration;

public sealed class IntacctOptionsTests
{
    [Fact]
    public void AddIntacctClient_SectionWithTwoCompanies_BindsBothWithDefaultsAndTrimmedCredentials()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Intacct:Companies:acme:ClientId"] = "  id-1 ",
            ["Intacct:Companies:acme:ClientSecret"] = "\tsecret-1\n",
            ["Intacct:Companies:acme:Username"] = " ai-api@AcmeHouseCo ",
            ["Intacct:Companies:beta:ClientId"] = "id-2",
            ["Intacct:Companies:beta:ClientSecret"] = "secret-2",
            ["Intacct:Companies:beta:Username"] = "ai-api@Beta|Phoenix",
            ["Intacct:Companies:beta:BaseUrl"] = "https://api-partner-main.intacct.com/ia/api/v1/",
            ["Intacct:Companies:beta:RequestsPerMinute"] = "60",
            ["Intacct:Companies:beta:Burst"] = "5",
            ["Intacct:Companies:beta:MaxConcurrency"] = "2",
        });

        var options = services.GetRequiredService<IOptions<IntacctOptions>>().Value;
        var acme = options.Companies["ACME"];
        Assert.Equal("id-1", acme.ClientId);
        Assert.Equal("secret-1", acme.ClientSecret);
        Assert.Equal("ai-api@AcmeHouseCo", acme.Username);
        Assert.Equal(IntacctCompanyOptions.DefaultBaseUrl, acme.BaseUrl);
        Assert.Equal((30, 10, 4), (acme.RequestsPerMinute, acme.Burst, acme.MaxConcurrency));
        var beta = options.Companies["beta"];
        Assert.Equal("https://api-partner-main.intacct.com/ia/api/v1", beta.BaseUrl);
        Assert.Equal((60, 5, 2), (beta.RequestsPerMinute, beta.Burst, beta.MaxConcurrency));

        var provider = services.GetRequiredService<IIntacctClientProvider>();
        Assert.Equal(["acme", "beta"], provider.CompanyNames);
        Assert.Null(provider.DefaultCompany);
        var info = provider.GetClient("Beta").Company;
        Assert.Equal(("Beta", "ai-api", "Phoenix"), (info.CompanyId, info.UserId, info.EntityId));
        Assert.Equal(new Uri("https://api-partner-main.intacct.com/ia/api/v1"), info.BaseUrl);
    }

    [Fact]
    public void AddIntacctClient_EnvironmentShortcut_AddsDefaultCompany()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["INTACCT_CLIENT_ID"] = "id ",
            ["INTACCT_CLIENT_SECRET"] = " secret",
            ["INTACCT_USERNAME"] = "ai-api@DEMO",
            ["INTACCT_ENTITY_ID"] = "E100",
        });

        var provider = services.GetRequiredService<IIntacctClientProvider>();
        Assert.Equal("default", provider.DefaultCompany);
        var client = provider.GetClient();
        Assert.Equal(("default", "DEMO", "E100"), (client.Company.Name, client.Company.CompanyId, client.Company.EntityId));
        var company = services.GetRequiredService<IOptions<IntacctOptions>>().Value.Companies["default"];
        Assert.Equal(("id", "secret"), (company.ClientId, company.ClientSecret));
    }

    [Fact]
    public void AddIntacctClient_EnvironmentShortcutWithName_UsesCompanyNameAndBaseUrl()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["INTACCT_CLIENT_ID"] = "id",
            ["INTACCT_CLIENT_SECRET"] = "secret",
            ["INTACCT_USERNAME"] = "ai-api@DEMO",
            ["INTACCT_COMPANY_NAME"] = "demo",
            ["INTACCT_BASE_URL"] = "http://127.0.0.1:5999/ia/api/v1",
        });

        var client = services.GetRequiredService<IIntacctClientProvider>().GetClient("demo");
        Assert.Equal(new Uri("http://127.0.0.1:5999/ia/api/v1"), client.Company.BaseUrl);
    }

    [Theory]
    [InlineData("Intacct:Companies:acme:Username", "ai-api", "Intacct:Companies:acme:Username has no '@companyId'")]
    [InlineData("Intacct:Companies:acme:Username", "ai-api@", "Intacct:Companies:acme:Username is not userId@companyId")]
    [InlineData("Intacct:Companies:acme:Username", "ai-api@Acme|", "Intacct:Companies:acme:Username is not userId@companyId")]
    [InlineData("Intacct:Companies:acme:ClientId", "", "Intacct:Companies:acme:ClientId is missing")]
    [InlineData("Intacct:Companies:acme:ClientSecret", "  ", "Intacct:Companies:acme:ClientSecret is missing")]
    [InlineData("Intacct:Companies:acme:BaseUrl", "http://api.intacct.com/ia/api/v1", "Intacct:Companies:acme:BaseUrl must be an absolute https URL")]
    [InlineData("Intacct:Companies:acme:MaxConcurrency", "0", "Intacct:Companies:acme:MaxConcurrency must be between 1 and 1000")]
    [InlineData("Intacct:Companies:acme:RequestsPerMinute", "0", "Intacct:Companies:acme:RequestsPerMinute must be between 1")]
    [InlineData("Intacct:DefaultCompany", "nope", "Intacct:DefaultCompany names 'nope'")]
    public void AddIntacctClient_InvalidSetting_FailsNamingTheKeyAndFix(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intacct:Companies:acme:ClientId"] = "id",
            ["Intacct:Companies:acme:ClientSecret"] = "top-secret-value",
            ["Intacct:Companies:acme:Username"] = "ai-api@Acme",
            [key] = value,
        };
        using var services = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntacctOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIntacctClient_EnvironmentUsernameWithoutCompany_NamesTheVariable()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["INTACCT_CLIENT_ID"] = "id",
            ["INTACCT_CLIENT_SECRET"] = "secret",
            ["INTACCT_USERNAME"] = "ai-api",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IIntacctClientProvider>());

        Assert.Contains("INTACCT_USERNAME has no '@companyId'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetClient_UnknownCompany_ListsConfiguredNames()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Intacct:Companies:acme:ClientId"] = "id",
            ["Intacct:Companies:acme:ClientSecret"] = "secret",
            ["Intacct:Companies:acme:Username"] = "ai-api@Acme",
        });
        var provider = services.GetRequiredService<IIntacctClientProvider>();

        var error = Assert.Throws<IntacctConfigurationException>(() => provider.GetClient("other"));

        Assert.Contains("Use one of: acme", error.Message, StringComparison.Ordinal);
        Assert.Same(provider.GetClient(), provider.GetClient("ACME"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddIntacctClient(configuration).BuildServiceProvider();
    }
}
