using IntacctMcp.Tools.Policy;

namespace IntacctMcp.Server.Auth;

/// <summary>Maps the scope names people write (<c>read</c>, <c>write</c>) to the claims the tools check.</summary>
internal static class IntacctScopes
{
    /// <summary>Returns the <c>intacct:*</c> scope for a name, or <see langword="null"/> when the name is not one.</summary>
    public static string? Normalize(string scope) => scope.Trim().ToLowerInvariant() switch
    {
        "read" or IntacctClaims.ReadScope => IntacctClaims.ReadScope,
        "write" or IntacctClaims.WriteScope => IntacctClaims.WriteScope,
        _ => null,
    };
}
