using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Credentials;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class CompanyStoreTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Upsert_ThenLoadInNewInstance_RoundTripsEveryField()
    {
        var time = new FakeTimeProvider();
        _home.NewStore(time).Upsert(TestCompanies.Acme());

        var loaded = Assert.Single(_home.NewStore().Load());

        Assert.Equal(TestCompanies.Acme() with { UpdatedAt = time.GetUtcNow() }, loaded);
    }

    [Fact]
    public void Upsert_SameNameOtherCase_ReplacesTheCompany()
    {
        var store = _home.NewStore();
        store.Upsert(TestCompanies.Acme());
        store.Upsert(TestCompanies.Acme(name: "other"));

        store.Upsert(TestCompanies.Acme(name: "ACME", secret: "new-secret-value"));

        var companies = _home.NewStore().Load();
        Assert.Equal(["ACME", "other"], companies.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("new-secret-value", companies.Single(c => c.Name == "ACME").ClientSecret);
    }

    [Fact]
    public void Upsert_InvalidName_ThrowsConfigurationError()
    {
        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Upsert(TestCompanies.Acme(name: "a:b")));

        Assert.Contains("'a:b' is not a valid company name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Upsert_WrittenFiles_ContainNeitherSecretNorUsernameInPlainText()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        _home.NewStore().Load();

        var files = _home.AllFiles().ToList();
        Assert.Contains(files, f => f.File.EndsWith("companies.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.File.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var (file, content) in files)
        {
            foreach (var plain in new[] { TestCompanies.Secret, TestCompanies.Username, "ai-api@AcmeHouseCo" })
            {
                Assert.False(Contains(content, Encoding.UTF8.GetBytes(plain)), $"{file} contains '{plain}' in UTF-8");
                Assert.False(Contains(content, Encoding.Unicode.GetBytes(plain)), $"{file} contains '{plain}' in UTF-16");
            }
        }
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "CA1416", Justification = "Skipped on Windows just above.")]
    public void Upsert_OnUnix_FoldersAre0700AndFiles0600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows; the profile folder's ACL protects the store there.");
        _home.NewStore().Upsert(TestCompanies.Acme());

        Assert.Equal(SecureFile.PrivateDirectoryMode, File.GetUnixFileMode(_home.HomePath));
        Assert.Equal(SecureFile.PrivateDirectoryMode, File.GetUnixFileMode(_home.Home.KeysDirectory));
        var files = Directory.GetFiles(_home.HomePath, "*", SearchOption.AllDirectories);
        Assert.True(files.Length >= 2, "the store and at least one key file");
        Assert.All(files, f => Assert.Equal(SecureFile.PrivateFileMode, File.GetUnixFileMode(f)));
    }

    [Fact]
    public void Load_NoStoreFile_ReturnsEmptyAndCreatesNothing()
    {
        Assert.Empty(_home.NewStore().Load());

        Assert.False(Directory.Exists(_home.HomePath));
    }

    [Fact]
    public void Load_TamperedSecret_ThrowsErrorNamingCompanyAndFix()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        _home.NewStore().Upsert(TestCompanies.Acme(name: "beta"));
        EditStore(document =>
        {
            var acme = document["companies"]!.AsArray().Single(c => (string?)c!["name"] == "acme")!;
            acme["protectedClientSecret"] = FlipCharacter((string)acme["protectedClientSecret"]!);
        });

        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Load());

        Assert.Contains("company 'acme'", error.Message, StringComparison.Ordinal);
        Assert.Contains("intacct-mcp configure --company acme", error.Message, StringComparison.Ordinal);
        Assert.Contains("intacct-mcp configure --remove acme", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCompanies.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecretCopiedFromAnotherCompany_ThrowsErrorNamingCompany()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        _home.NewStore().Upsert(TestCompanies.Acme(name: "beta"));
        EditStore(document =>
        {
            var companies = document["companies"]!.AsArray();
            companies[1]!["protectedClientSecret"] = (string)companies[0]!["protectedClientSecret"]!;
        });

        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Load());

        Assert.Contains("company 'beta'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyRingReplaced_ThrowsErrorNamingCompanyAndKeyRing()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        Directory.Delete(_home.Home.KeysDirectory, recursive: true);
        _home.NewStore().Upsert(TestCompanies.Acme(name: "fresh"));

        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Load());

        Assert.Contains("company 'acme'", error.Message, StringComparison.Ordinal);
        Assert.Contains("key ring", error.Message, StringComparison.Ordinal);
        Assert.Contains("intacct-mcp configure --remove acme", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_AnotherCompanyUndecryptable_StillRemovesAndKeepsTheRest()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());
        _home.NewStore().Upsert(TestCompanies.Acme(name: "beta"));
        EditStore(document => document["companies"]![0]!["protectedUsername"] = "CfDJ8broken");

        Assert.True(_home.NewStore().Remove("ACME"));

        var remaining = Assert.Single(_home.NewStore().Load());
        Assert.Equal("beta", remaining.Name);
    }

    [Fact]
    public void Remove_UnknownCompany_ReturnsFalse()
    {
        _home.NewStore().Upsert(TestCompanies.Acme());

        Assert.False(_home.NewStore().Remove("nobody"));
        Assert.False(new TempHome().NewStore().Remove("nobody"));
    }

    [Fact]
    public void Load_NotJson_ThrowsDamagedStoreError()
    {
        Directory.CreateDirectory(_home.HomePath);
        File.WriteAllText(_home.Home.CompaniesFile, "{ this is not json");

        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Load());

        Assert.Contains("is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains(_home.Home.CompaniesFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewerFormat_ThrowsUpdateError()
    {
        Directory.CreateDirectory(_home.HomePath);
        File.WriteAllText(_home.Home.CompaniesFile, """{"version": 99, "companies": []}""");

        var error = Assert.Throws<IntacctConfigurationException>(() => _home.NewStore().Load());

        Assert.Contains("newer version of intacct-mcp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_StoredCompany_LeavesSecretAndUsernameOut()
    {
        var text = TestCompanies.Acme().ToString();

        Assert.DoesNotContain(TestCompanies.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ai-api", text, StringComparison.Ordinal);
        Assert.Contains("acme-client-id", text, StringComparison.Ordinal);
    }

    internal static string FlipCharacter(string value)
    {
        var characters = value.ToCharArray();
        var index = characters.Length / 2;
        characters[index] = characters[index] == 'A' ? 'B' : 'A';
        return new string(characters);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private void EditStore(Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(_home.Home.CompaniesFile))!;
        edit(document);
        File.WriteAllText(_home.Home.CompaniesFile, document.ToJsonString());
    }
}
