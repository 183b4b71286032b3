using Microsoft.AspNetCore.DataProtection;

namespace IntacctMcp.Server.Credentials;

/// <summary>DataProtection over the key ring in the store folder, created on first use.</summary>
/// <remarks>
/// The key ring lives in <c>&lt;home&gt;/keys</c>. On Windows its keys are additionally encrypted with DPAPI for the current
/// user; on Unix DataProtection has no at-rest key encryption of its own, so the folder is <c>0700</c> and every key file
/// <c>0600</c> (enforced after each use, because DataProtection writes new keys by itself when it rotates them).
/// Creating the provider reads the key ring, so nothing constructs it until a value must be protected or read.
/// </remarks>
internal sealed class CredentialProtection
{
    /// <summary>The DataProtection application name: payloads are only readable by this application.</summary>
    public const string ApplicationName = "IntacctMcp";

    private readonly IntacctMcpHome _home;
    private readonly Lazy<IDataProtectionProvider> _provider;

    public CredentialProtection(IntacctMcpHome home)
    {
        _home = home;
        _provider = new Lazy<IDataProtectionProvider>(CreateProvider, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the folder this protection belongs to.</summary>
    public IntacctMcpHome Home => _home;

    /// <summary>Creates a protector for a purpose chain (one chain per company and kind of value).</summary>
    public IDataProtector CreateProtector(string purpose, params string[] subPurposes) =>
        _provider.Value.CreateProtector(purpose, subPurposes);

    /// <summary>Makes the key ring owner-only again (after DataProtection may have written a new key).</summary>
    public void RestrictKeyRing() => SecureFile.RestrictTree(_home.KeysDirectory);

    private IDataProtectionProvider CreateProvider()
    {
        SecureFile.EnsureDirectory(_home.Path);
        SecureFile.EnsureDirectory(_home.KeysDirectory);
        return DataProtectionProvider.Create(new DirectoryInfo(_home.KeysDirectory), builder =>
        {
            builder.SetApplicationName(ApplicationName);
            if (OperatingSystem.IsWindows())
            {
                builder.ProtectKeysWithDpapi();
            }
        });
    }
}
