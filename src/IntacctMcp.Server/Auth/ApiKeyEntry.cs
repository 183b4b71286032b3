namespace IntacctMcp.Server.Auth;

/// <summary>A validated API key: its hash bytes, scopes and companies.</summary>
/// <param name="Name">The key's name.</param>
/// <param name="Hash">The SHA-256 of the key.</param>
/// <param name="Scopes">The <c>intacct:*</c> scopes.</param>
/// <param name="Companies">The companies it may use (<c>*</c> for all).</param>
internal sealed record ApiKeyEntry(string Name, byte[] Hash, IReadOnlyList<string> Scopes, IReadOnlyList<string> Companies);
