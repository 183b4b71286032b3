using System.Text;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class DataProtectionTokenStoreTests : IDisposable
{
    private const string Token = "access-token-for-persistence-tests-0123456789";
    private const string Fingerprint = "fingerprint-1";
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _time = new();
    private readonly SecretRedactor _redactor = new();
    private readonly CapturingLogger<DataProtectionTokenStore> _logger = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoreAsync_ThenGetAsyncInNewInstance_ReturnsTheToken()
    {
        var expires = _time.GetUtcNow().AddHours(12);
        await NewStore().StoreAsync("acme", new IntacctStoredToken(Token, expires, Fingerprint), Cancel);

        var token = await NewStore().GetAsync("ACME", Fingerprint, Cancel);

        Assert.Equal(new IntacctStoredToken(Token, expires, Fingerprint), token);
    }

    [Fact]
    public async Task StoreAsync_File_IsEncryptedAndPrivate()
    {
        await NewStore().StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);

        var files = _home.AllFiles().ToList();
        var tokenFile = Assert.Single(files, f => f.File.EndsWith(".token", StringComparison.Ordinal));
        Assert.DoesNotContain("acme", Path.GetFileName(tokenFile.File), StringComparison.OrdinalIgnoreCase);
        Assert.All(files, f => Assert.True(f.Content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Token)) < 0, $"{f.File} holds the token"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(SecureFile.PrivateFileMode, File.GetUnixFileMode(tokenFile.File));
            Assert.Equal(SecureFile.PrivateDirectoryMode, File.GetUnixFileMode(_home.Home.TokensDirectory));
            foreach (var (file, _) in files)
            {
                Assert.Equal(SecureFile.PrivateFileMode, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public async Task GetAsync_OtherFingerprint_ReturnsNullAndDeletesTheFile()
    {
        var store = NewStore();
        await store.StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);

        Assert.Null(await store.GetAsync("acme", "fingerprint-of-new-credentials", Cancel));

        Assert.False(File.Exists(store.PathOf("acme")));
        Assert.Null(await store.GetAsync("acme", Fingerprint, Cancel));
    }

    [Fact]
    public async Task GetAsync_Expired_ReturnsNull()
    {
        var store = NewStore();
        await store.StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Null(await store.GetAsync("acme", Fingerprint, Cancel));
        Assert.False(File.Exists(store.PathOf("acme")));
    }

    [Fact]
    public async Task GetAsync_GarbageFile_ReturnsNullAndWarns()
    {
        var store = NewStore();
        Directory.CreateDirectory(_home.Home.TokensDirectory);
        await File.WriteAllTextAsync(store.PathOf("acme"), "not json at all", Cancel);

        Assert.Null(await store.GetAsync("acme", Fingerprint, Cancel));

        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("acme", StringComparison.Ordinal));
        Assert.False(File.Exists(store.PathOf("acme")));
    }

    [Fact]
    public async Task GetAsync_TamperedPayload_ReturnsNull()
    {
        var store = NewStore();
        await store.StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);
        var text = await File.ReadAllTextAsync(store.PathOf("acme"), Cancel);
        var start = text.IndexOf("CfDJ8", StringComparison.Ordinal);
        await File.WriteAllTextAsync(store.PathOf("acme"), text[..(start + 30)] + (text[start + 30] == 'A' ? 'B' : 'A') + text[(start + 31)..], Cancel);

        Assert.Null(await NewStore().GetAsync("acme", Fingerprint, Cancel));
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task GetAsync_KeyRingReplaced_ReturnsNull()
    {
        await NewStore().StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);
        Directory.Delete(_home.Home.KeysDirectory, recursive: true);

        Assert.Null(await NewStore().GetAsync("acme", Fingerprint, Cancel));
    }

    [Fact]
    public async Task GetAsync_TokenOfAnotherCompanyCopiedOver_ReturnsNull()
    {
        var store = NewStore();
        await store.StoreAsync("beta", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);
        File.Copy(store.PathOf("beta"), store.PathOf("acme"));

        Assert.Null(await store.GetAsync("acme", Fingerprint, Cancel));
        Assert.NotNull(await store.GetAsync("beta", Fingerprint, Cancel));
    }

    [Fact]
    public async Task RemoveAsync_StoredToken_DeletesIt()
    {
        var store = NewStore();
        await store.StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);

        await store.RemoveAsync("acme", Cancel);
        await store.RemoveAsync("never-stored", Cancel);

        Assert.Null(await store.GetAsync("acme", Fingerprint, Cancel));
    }

    [Fact]
    public async Task StoreAsync_Token_IsRegisteredWithTheRedactor()
    {
        await NewStore().StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);

        Assert.Equal($"sent {SecretRedactor.Mask}", _redactor.Redact($"sent {Token}"));
    }

    [Fact]
    public async Task GetAsync_Token_IsRegisteredWithTheRedactorOfTheRestartedProcess()
    {
        await NewStore().StoreAsync("acme", new IntacctStoredToken(Token, _time.GetUtcNow().AddHours(1), Fingerprint), Cancel);
        var restarted = new SecretRedactor();
        var store = new DataProtectionTokenStore(_home.NewProtection(), _time, restarted, _logger);

        await store.GetAsync("acme", Fingerprint, Cancel);

        Assert.Equal(SecretRedactor.Mask, restarted.Redact(Token));
    }

    [Fact]
    public void AddIntacctTokenPersistence_ReplacesEarlierRegistration()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new("Store:Path", _home.HomePath)]).Build());
        services.AddSingleton<IIntacctTokenStore, NothingStore>();

        services.AddIntacctTokenPersistence();

        using var provider = services.BuildServiceProvider();
        var store = Assert.IsType<DataProtectionTokenStore>(provider.GetRequiredService<IIntacctTokenStore>());
        Assert.StartsWith(_home.Home.TokensDirectory, store.PathOf("acme"), StringComparison.Ordinal);
        Assert.Same(provider.GetRequiredService<SecretRedactor>(), provider.GetRequiredService<ISecretRegistry>());
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData("false", true, false)]
    [InlineData("True", false, true)]
    public void IsTokenPersistenceEnabled_Setting_DecidesOverDefault(string? value, bool defaultValue, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:PersistTokens", value)]).Build();

        Assert.Equal(expected, TokenPersistenceServiceCollectionExtensions.IsTokenPersistenceEnabled(configuration, defaultValue));
    }

    [Fact]
    public void IsTokenPersistenceEnabled_NotABoolean_ThrowsClearError()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:PersistTokens", "sometimes")]).Build();

        var error = Assert.Throws<Intacct.Errors.IntacctConfigurationException>(() => TokenPersistenceServiceCollectionExtensions.IsTokenPersistenceEnabled(configuration, true));

        Assert.Contains("Store:PersistTokens", error.Message, StringComparison.Ordinal);
    }

    private DataProtectionTokenStore NewStore() => new(_home.NewProtection(), _time, _redactor, _logger);

    private sealed class NothingStore : IIntacctTokenStore
    {
        public ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken) => ValueTask.FromResult<IntacctStoredToken?>(null);

        public ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask RemoveAsync(string company, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
