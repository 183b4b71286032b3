using System.Security.Cryptography;
using System.Text;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Tools.Policy;

namespace IntacctMcp.Server.Auth;

/// <summary>The configured API keys, validated at start-up and matched in constant time.</summary>
internal sealed class ApiKeyRegistry
{
    private readonly IReadOnlyList<ApiKeyEntry> _entries;

    /// <summary>Validates the configured keys.</summary>
    /// <exception cref="ServerConfigurationException">An entry lacks a name, a valid hash or a valid scope.</exception>
    public ApiKeyRegistry(IEnumerable<ApiKeyOptions> keys)
    {
        _entries = [.. keys.Select((key, index) => Validate(key, index))];
    }

    /// <summary>Gets whether any key is configured.</summary>
    public bool Any => _entries.Count > 0;

    /// <summary>Finds the entry of a presented key.</summary>
    /// <returns>The entry, or <see langword="null"/> when no key matches.</returns>
    public ApiKeyEntry? Find(string presentedKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        ApiKeyEntry? match = null;

        // Every entry is compared, in constant time, so that timing tells nothing about which one (if any) is close.
        foreach (var entry in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, entry.Hash))
            {
                match ??= entry;
            }
        }

        return match;
    }

    private static ApiKeyEntry Validate(ApiKeyOptions key, int index)
    {
        var where = $"Http:ApiKeys:{index}";
        if (string.IsNullOrWhiteSpace(key.Name))
        {
            throw new ServerConfigurationException($"{where}:Name is missing. Every API key needs a name; create keys with 'intacct-mcp apikey create'.");
        }

        byte[] hash;
        try
        {
            hash = Convert.FromHexString(key.Sha256.Trim());
        }
        catch (FormatException)
        {
            hash = [];
        }

        if (hash.Length != SHA256.HashSizeInBytes)
        {
            throw new ServerConfigurationException($"{where}:Sha256 of key '{key.Name}' is not a SHA-256 in hex (64 characters). Copy the entry 'intacct-mcp apikey create' printed.");
        }

        var scopes = key.Scopes.Select(s => IntacctScopes.Normalize(s) ?? throw new ServerConfigurationException(
            $"{where}:Scopes of key '{key.Name}' has '{s}'; use read and/or write.")).Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0)
        {
            throw new ServerConfigurationException($"{where}:Scopes of key '{key.Name}' is empty; give read and/or write.");
        }

        IReadOnlyList<string> companies = key.Companies.Count == 0 ? [IntacctClaims.AllCompanies] : [.. key.Companies.Select(c => c.Trim())];
        return new ApiKeyEntry(key.Name.Trim(), hash, scopes, companies);
    }
}
