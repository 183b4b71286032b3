using System.Security.Cryptography;
using System.Text.Json;
using IntacctMcp.Intacct.Errors;
using Microsoft.AspNetCore.DataProtection;

namespace IntacctMcp.Server.Credentials;

/// <summary>The encrypted company store: <c>companies.json</c> in the store folder.</summary>
/// <remarks>
/// The client ID, entity, base URL and rate limits are kept in plain text; the username and the client secret are
/// DataProtection payloads under the purpose chain <c>IntacctMcp.CompanyStore.v1</c> / company name / field, so a payload
/// copied to another company or field does not decrypt. Writes replace the file atomically (<c>0600</c>). Only
/// <see cref="Load"/> and <see cref="Find"/> decrypt; <see cref="Upsert"/> and <see cref="Remove"/> leave the other
/// companies' payloads untouched, so a damaged company can still be removed or reconfigured.
/// </remarks>
internal sealed class CompanyStore(CredentialProtection protection, TimeProvider timeProvider)
{
    /// <summary>The file format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The root DataProtection purpose of stored credentials.</summary>
    public const string Purpose = "IntacctMcp.CompanyStore.v1";

    private const string UsernameField = "Username";
    private const string ClientSecretField = "ClientSecret";

    /// <summary>Gets the store folder.</summary>
    public IntacctMcpHome Home => protection.Home;

    /// <summary>Gets whether the store file exists (cheap: no decryption).</summary>
    public bool Exists => File.Exists(Home.CompaniesFile);

    /// <summary>Reads and decrypts every company.</summary>
    /// <exception cref="IntacctConfigurationException">The file is damaged or a company cannot be decrypted; the message names the company and the fix.</exception>
    public IReadOnlyList<StoredCompany> Load() => [.. ReadEntries().Select(Decrypt)];

    /// <summary>Reads and decrypts one company, or returns <see langword="null"/> when it is not stored.</summary>
    public StoredCompany? Find(string name)
    {
        var entry = ReadEntries().FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        return entry is null ? null : Decrypt(entry);
    }

    /// <summary>Lists the stored company names without decrypting anything.</summary>
    public IReadOnlyList<string> ListNames() => [.. ReadEntries().Select(e => e.Name!)];

    /// <summary>Adds the company, or replaces the one with the same name (case-insensitive).</summary>
    /// <returns>The company as saved (with its new time stamp).</returns>
    public StoredCompany Upsert(StoredCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (!CompanyNames.IsValid(company.Name))
        {
            throw new IntacctConfigurationException($"'{company.Name}' is not a valid company name: use {CompanyNames.Rule}.");
        }

        var saved = company with { UpdatedAt = timeProvider.GetUtcNow() };
        var entry = new CompanyStoreEntry
        {
            Name = saved.Name,
            Flow = saved.Flow,
            ClientId = saved.ClientId,
            ProtectedUsername = Protector(saved.Name, UsernameField).Protect(saved.Username),
            ProtectedClientSecret = Protector(saved.Name, ClientSecretField).Protect(saved.ClientSecret),
            EntityId = saved.EntityId,
            BaseUrl = saved.BaseUrl,
            RequestsPerMinute = saved.RequestsPerMinute,
            Burst = saved.Burst,
            MaxConcurrency = saved.MaxConcurrency,
            UpdatedAt = saved.UpdatedAt,
        };
        var entries = Exists ? ReadEntries().ToList() : [];
        var index = entries.FindIndex(e => string.Equals(e.Name, saved.Name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            entries[index] = entry;
        }
        else
        {
            entries.Add(entry);
        }

        Write(entries);
        protection.RestrictKeyRing();
        return saved;
    }

    /// <summary>Removes a company; returns <see langword="false"/> when it was not stored.</summary>
    public bool Remove(string name)
    {
        if (!Exists)
        {
            return false;
        }

        var entries = ReadEntries().ToList();
        var removed = entries.RemoveAll(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (removed == 0)
        {
            return false;
        }

        Write(entries);
        return true;
    }

    private IReadOnlyList<CompanyStoreEntry> ReadEntries()
    {
        var file = Home.CompaniesFile;
        if (!File.Exists(file))
        {
            return [];
        }

        CompanyStoreDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllBytes(file), CredentialsJsonContext.Default.CompanyStoreDocument);
        }
        catch (JsonException exception)
        {
            throw Damaged(file, $"it is not valid JSON ({exception.Message})", exception);
        }

        if (document is null || document.Version < 1)
        {
            throw Damaged(file, "it has no format version", null);
        }

        if (document.Version > FormatVersion)
        {
            throw new IntacctConfigurationException(
                $"The credential store {file} was written by a newer version of intacct-mcp (format {document.Version}; this one reads {FormatVersion}). Update intacct-mcp, or point Store:Path / INTACCT_MCP_HOME at another folder.")
            {
                Hint = "Update intacct-mcp.",
            };
        }

        var entries = document.Companies ?? [];
        foreach (var entry in entries)
        {
            if (!CompanyNames.IsValid(entry.Name))
            {
                throw Damaged(file, $"a company has an invalid name ('{entry.Name}')", null);
            }
        }

        return entries;
    }

    private StoredCompany Decrypt(CompanyStoreEntry entry)
    {
        var name = entry.Name!;
        if (string.IsNullOrEmpty(entry.ClientId) || string.IsNullOrEmpty(entry.ProtectedUsername) || string.IsNullOrEmpty(entry.ProtectedClientSecret))
        {
            throw Undecryptable(name, "its client ID, username or client secret is missing", null);
        }

        try
        {
            var company = new StoredCompany
            {
                Name = name,
                Flow = entry.Flow,
                ClientId = entry.ClientId,
                Username = Protector(name, UsernameField).Unprotect(entry.ProtectedUsername),
                ClientSecret = Protector(name, ClientSecretField).Unprotect(entry.ProtectedClientSecret),
                EntityId = entry.EntityId,
                BaseUrl = entry.BaseUrl,
                RequestsPerMinute = entry.RequestsPerMinute,
                Burst = entry.Burst,
                MaxConcurrency = entry.MaxConcurrency,
                UpdatedAt = entry.UpdatedAt,
            };
            protection.RestrictKeyRing();
            return company;
        }
        catch (CryptographicException exception)
        {
            throw Undecryptable(name, $"the store was changed, or the key ring in {Home.KeysDirectory} is not the one they were encrypted with", exception);
        }
        catch (FormatException exception)
        {
            throw Undecryptable(name, "the encrypted values were changed", exception);
        }
    }

    private IDataProtector Protector(string company, string field) => protection.CreateProtector(Purpose, company, field);

    private void Write(List<CompanyStoreEntry> entries)
    {
        var document = new CompanyStoreDocument(FormatVersion, entries);
        SecureFile.WriteAllBytesAtomic(Home.CompaniesFile, JsonSerializer.SerializeToUtf8Bytes(document, CredentialsJsonContext.Default.CompanyStoreDocument));
    }

    private IntacctConfigurationException Undecryptable(string company, string reason, Exception? cause)
    {
        var fix = $"Run `intacct-mcp configure --company {company} --client-id <id> --username <user@company>` again, or `intacct-mcp configure --remove {company}`.";
        return new IntacctConfigurationException(
            $"The stored credentials of company '{company}' in {Home.CompaniesFile} cannot be decrypted: {reason}. {fix}",
            cause)
        {
            Hint = fix,
        };
    }

    private static IntacctConfigurationException Damaged(string file, string reason, Exception? cause)
    {
        const string Fix = "Move the file away and run `intacct-mcp configure --company <name> ...` again for each company.";
        return new IntacctConfigurationException($"The credential store {file} is damaged: {reason}. {Fix}", cause) { Hint = Fix };
    }
}
