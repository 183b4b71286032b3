using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class CompaniesCommandTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose()
    {
        _home.Dispose();
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task RunAsync_CompaniesFromEverySource_NamesEachSourceAndNoSecret()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        var jsonFile = Path.Combine(_home.Root, "appsettings.json");
        File.WriteAllText(jsonFile, """
            { "Intacct": { "DefaultCompany": "acme", "Companies": {
                "acme": { "BaseUrl": "http://file.example/ia/api/v1" },
                "beta": { "ClientId": "beta-id", "ClientSecret": "beta-secret-in-file", "Username": "ai-api@BetaCo" } } } }
            """);
        var manager = new ConfigurationManager();
        manager.AddJsonFile(jsonFile);
        manager.AddCommandLine(["--Intacct:Companies:acme:EntityId=FromCommandLine"]);
        manager.AddInMemoryCollection([new("Store:Path", _home.HomePath), new("INTACCT_CLIENT_ID", "shortcut-id"), new("INTACCT_CLIENT_SECRET", "shortcut-secret"), new("INTACCT_USERNAME", "ai-api@ShortCo")]);
        manager.AddIntacctCompanyStore();

        var exit = await CompaniesCommand.RunAsync([], manager, _stdout, _stderr, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var output = _stdout.ToString();
        var acme = Section(output, "acme (default company)");
        Assert.Matches(@"Company ID \(username\)\s+AcmeHouseCo \(pins entity Phoenix\)\s+\[encrypted store ", acme);
        Assert.Matches(@"Entity\s+FromCommandLine\s+\[command line\]", acme);
        Assert.Matches($@"Base URL\s+http://file\.example/ia/api/v1\s+\[file {System.Text.RegularExpressions.Regex.Escape(jsonFile)}\]", acme);
        Assert.Matches(@"Client secret\s+set\s+\[encrypted store ", acme);
        Assert.Matches(@"Requests per minute\s+45\s+\[encrypted store ", acme);
        var beta = Section(output, "beta");
        Assert.Matches(@"Company ID \(username\)\s+BetaCo\s+\[file ", beta);
        Assert.Matches(@"Burst\s+10\s+\[default\]", beta);
        var shortcut = Section(output, "default");
        Assert.Matches(@"Client secret\s+set\s+\[environment INTACCT_CLIENT_SECRET\]", shortcut);
        foreach (var secret in new[] { TestCompanies.Secret, "beta-secret-in-file", "shortcut-secret", "acme-client-id", "beta-id", "ai-api@" })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_MissingSecret_SaysMissing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Store:Path", _home.HomePath),
            new("Intacct:Companies:acme:ClientId", "id"),
            new("Intacct:Companies:acme:Username", "not-a-username"),
        ]).Build();

        await CompaniesCommand.RunAsync([], configuration, _stdout, _stderr, TestContext.Current.CancellationToken);

        Assert.Matches(@"Client secret\s+MISSING\s+\[default\]", _stdout.ToString());
        Assert.Contains("set, but not user@company", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoCompanies_SaysHowToAddOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:Path", _home.HomePath)]).Build();

        var exit = await CompaniesCommand.RunAsync([], configuration, _stdout, _stderr, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Contains("intacct-mcp configure --company NAME", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(_home.Home.CompaniesFile, _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnexpectedArgument_ExitsTwo()
    {
        var exit = await CompaniesCommand.RunAsync(["--all"], new ConfigurationBuilder().Build(), _stdout, _stderr, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
    }

    private static string Section(string output, string header)
    {
        var start = output.IndexOf("\n" + header + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{header}' in:\n{output}");
        var end = output.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
        return end < 0 ? output[start..] : output[start..end];
    }
}
