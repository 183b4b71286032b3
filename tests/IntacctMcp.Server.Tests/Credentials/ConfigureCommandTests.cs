using System.Text;
using IntacctMcp.Server.Credentials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class ConfigureCommandTests : IDisposable
{
    private const string Secret = "configure-command-secret-0123";
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
    public async Task RunAsync_NewCompanyWithoutTest_SavesEncryptedAndPrintsNoSecret()
    {
        var exit = await RunAsync($"  {Secret}  \nignored second line\n", "--company", "acme", "--client-id", " acme-id ", "--username", "ai-api@AcmeHouseCo|Phoenix", "--requests-per-minute", "20", "--no-test");

        Assert.Equal(0, exit);
        var saved = Assert.Single(_home.NewStore().Load());
        Assert.Equal(("acme", "acme-id", Secret, "ai-api@AcmeHouseCo|Phoenix", 20), (saved.Name, saved.ClientId, saved.ClientSecret, saved.Username, saved.RequestsPerMinute));
        var output = _stdout.ToString() + _stderr;
        Assert.Contains("Saved company 'acme'", output, StringComparison.Ordinal);
        Assert.Contains("AcmeHouseCo", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
        Assert.DoesNotContain("ai-api@", output, StringComparison.Ordinal);
        Assert.All(_home.AllFiles(), f => Assert.True(f.Content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)) < 0, f.File));
    }

    [Theory]
    [InlineData("--client-secret")]
    [InlineData("--client-secret=abc")]
    public async Task RunAsync_SecretOnCommandLine_IsRefused(string option)
    {
        var exit = await RunAsync(string.Empty, "--company", "acme", "--client-id", "id", "--username", "u@C", option, "abc");

        Assert.Equal(2, exit);
        Assert.Contains("never taken from the command line", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Home.CompaniesFile));
    }

    [Theory]
    [InlineData("ai-api")]
    [InlineData("@AcmeHouseCo")]
    [InlineData("ai-api@")]
    [InlineData("ai-api@Acme|")]
    public async Task RunAsync_MalformedUsername_ExplainsTheForm(string username)
    {
        var exit = await RunAsync(Secret, "--company", "acme", "--client-id", "id", "--username", username, "--no-test");

        Assert.Equal(2, exit);
        Assert.Contains("userId@companyId", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Home.CompaniesFile));
    }

    [Fact]
    public async Task RunAsync_NewCompanyWithoutClientId_AsksForIt()
    {
        var exit = await RunAsync(Secret, "--company", "acme", "--username", "u@C", "--no-test");

        Assert.Equal(2, exit);
        Assert.Contains("--client-id and --username are required", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NewCompanyWithoutSecret_Fails()
    {
        var exit = await RunAsync(string.Empty, "--company", "acme", "--client-id", "id", "--username", "u@C", "--no-test");

        Assert.Equal(2, exit);
        Assert.Contains("no client secret", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UpdateWithEmptySecret_KeepsStoredSecretAndOtherValues()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());

        var exit = await RunAsync("\n", "--company", "acme", "--entity", "Tucson", "--no-test");

        Assert.Equal(0, exit);
        var saved = Assert.Single(_home.NewStore().Load());
        Assert.Equal((TestCompanies.Secret, TestCompanies.Username, "Tucson", 45), (saved.ClientSecret, saved.Username, saved.EntityId, saved.RequestsPerMinute));
    }

    [Fact]
    public async Task RunAsync_UndecryptableCompany_IsReplaced()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        Directory.Delete(_home.Home.KeysDirectory, recursive: true);

        var exit = await RunAsync(Secret, "--company", "acme", "--client-id", "id", "--username", "u@C", "--no-test");

        Assert.Equal(0, exit);
        Assert.Equal(Secret, Assert.Single(_home.NewStore().Load()).ClientSecret);
        Assert.Contains("cannot be decrypted; they will be replaced", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Remove_RemovesCompanyAndItsToken()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        _home.NewStore().Upsert(TestCompanies.Acme(name: "beta"));
        var tokens = new DataProtectionTokenStore(_home.NewProtection(), TimeProvider.System, new IntacctMcp.Server.Logging.Redaction.SecretRedactor(), new CapturingLogger<DataProtectionTokenStore>());
        await tokens.StoreAsync("acme", new Intacct.Auth.IntacctStoredToken("token-value-123456", DateTimeOffset.MaxValue, "f"), TestContext.Current.CancellationToken);

        var exit = await RunAsync(string.Empty, "--remove", "acme");

        Assert.Equal(0, exit);
        Assert.Equal("beta", Assert.Single(_home.NewStore().Load()).Name);
        Assert.False(File.Exists(tokens.PathOf("acme")));
    }

    [Fact]
    public async Task RunAsync_RemoveUnknown_ExitsOne()
    {
        var exit = await RunAsync(string.Empty, "--remove", "nobody");

        Assert.Equal(1, exit);
        Assert.Contains("'nobody' is not in the encrypted store", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SageRejectsCredentials_PrintsSageMessageAndFixAndSavesNothing()
    {
        await using var sage = await RejectingSage.StartAsync(TestContext.Current.CancellationToken);

        var exit = await RunAsync(Secret, "--company", "acme", "--client-id", "id", "--username", "ai-api@AcmeHouseCo", "--base-url", sage.BaseUrl);

        Assert.Equal(1, exit);
        var error = _stderr.ToString();
        Assert.Contains("Connection test failed", error, StringComparison.Ordinal);
        Assert.Contains("Invalid client credentials", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error + _stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Home.CompaniesFile));
        Assert.Equal(1, sage.TokenRequests);
    }

    private Task<int> RunAsync(string stdin, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:Path", _home.HomePath)]).Build();
        return ConfigureCommand.RunAsync(args, configuration, new StringReader(stdin), _stdout, _stderr, TestContext.Current.CancellationToken);
    }

    /// <summary>A loopback token endpoint that refuses every client, as Sage does for a wrong secret.</summary>
    private sealed class RejectingSage : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _tokenRequests;

        private RejectingSage(WebApplication app) => _app = app;

        public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/ia/api/v1";

        public int TokenRequests => Volatile.Read(ref _tokenRequests);

        public static async Task<RejectingSage> StartAsync(CancellationToken cancellationToken)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var sage = new RejectingSage(app);
            app.MapPost("/ia/api/v1/oauth2/token", (HttpContext context) =>
            {
                Interlocked.Increment(ref sage._tokenRequests);
                return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_client", ["error_description"] = "Invalid client credentials" }, statusCode: 401);
            });
            await app.StartAsync(cancellationToken);
            return sage;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
