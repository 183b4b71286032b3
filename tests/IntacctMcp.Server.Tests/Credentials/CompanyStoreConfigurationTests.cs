using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class CompanyStoreConfigurationTests : IDisposable
{
    private const string Prefix = "Intacct:Companies:acme:";
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Build_StoredCompany_MapsEveryKey()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());

        var configuration = new ConfigurationBuilder().AddIntacctCompanyStore(_home.HomePath).Build();

        Assert.Equal("acme-client-id", configuration[Prefix + "ClientId"]);
        Assert.Equal(TestCompanies.Secret, configuration[Prefix + "ClientSecret"]);
        Assert.Equal(TestCompanies.Username, configuration[Prefix + "Username"]);
        Assert.Equal("Phoenix", configuration[Prefix + "EntityId"]);
        Assert.Equal("http://127.0.0.1:5999/ia/api/v1", configuration[Prefix + "BaseUrl"]);
        Assert.Equal("45", configuration[Prefix + "RequestsPerMinute"]);
        Assert.Equal("5", configuration[Prefix + "Burst"]);
        Assert.Equal("3", configuration[Prefix + "MaxConcurrency"]);
    }

    [Fact]
    public void Build_NoStoreFile_YieldsNothingAndCreatesNoKeyRing()
    {
        var configuration = new ConfigurationBuilder().AddIntacctCompanyStore(_home.HomePath).Build();

        Assert.Empty(configuration.AsEnumerable());
        Assert.False(Directory.Exists(_home.HomePath));
    }

    [Fact]
    public void Build_TamperedStore_ThrowsErrorNamingCompany()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        var file = _home.Home.CompaniesFile;
        var text = File.ReadAllText(file);
        var start = text.IndexOf("CfDJ8", StringComparison.Ordinal);
        File.WriteAllText(file, text[..(start + 40)] + (text[start + 40] == 'A' ? 'B' : 'A') + text[(start + 41)..]);

        var error = Assert.Throws<IntacctConfigurationException>(() => new ConfigurationBuilder().AddIntacctCompanyStore(_home.HomePath).Build());

        Assert.Contains("company 'acme'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EverySource_CommandLineBeatsEnvironmentBeatsFileBeatsStore()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        var jsonFile = Path.Combine(_home.Root, "appsettings.json");
        File.WriteAllText(jsonFile, """
            { "Intacct": { "Companies": { "acme": { "EntityId": "FromFile", "BaseUrl": "http://file.example", "Burst": "7" } } } }
            """);
        var environmentPrefix = $"IMCP_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(environmentPrefix + "Intacct__Companies__acme__EntityId", "FromEnvironment");
        Environment.SetEnvironmentVariable(environmentPrefix + "Intacct__Companies__acme__BaseUrl", "http://environment.example");
        try
        {
            var manager = new ConfigurationManager();
            manager.AddJsonFile(jsonFile);
            manager.AddEnvironmentVariables(environmentPrefix);
            manager.AddCommandLine(["--Intacct:Companies:acme:EntityId=FromCommandLine", $"--Store:Path={_home.HomePath}"]);

            manager.AddIntacctCompanyStore();

            Assert.IsType<CompanyStoreConfigurationSource>(manager.Sources[0]);
            Assert.Equal("FromCommandLine", manager[Prefix + "EntityId"]);
            Assert.Equal("http://environment.example", manager[Prefix + "BaseUrl"]);
            Assert.Equal("7", manager[Prefix + "Burst"]);
            Assert.Equal("3", manager[Prefix + "MaxConcurrency"]);
            Assert.Equal(TestCompanies.Secret, manager[Prefix + "ClientSecret"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(environmentPrefix + "Intacct__Companies__acme__EntityId", null);
            Environment.SetEnvironmentVariable(environmentPrefix + "Intacct__Companies__acme__BaseUrl", null);
        }
    }
}
