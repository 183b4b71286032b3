namespace IntacctMcp.Tools.Policy;

/// <summary>
/// The claims by which an HTTP host tells the tools who is calling. A caller whose principal is authenticated is held
/// to its scopes and companies; an unauthenticated caller (stdio, or loopback HTTP without auth) is held only to the
/// server's configuration.
/// </summary>
public static class IntacctClaims
{
    /// <summary>The claim type holding space-separated scopes (one claim or several).</summary>
    public const string ScopeClaimType = "scope";

    /// <summary>The claim type naming a company the caller may use (one claim per company, or <see cref="AllCompanies"/>).</summary>
    public const string CompanyClaimType = "intacct_company";

    /// <summary>The scope that allows read tools.</summary>
    public const string ReadScope = "intacct:read";

    /// <summary>The scope that allows write tools (it does not imply read).</summary>
    public const string WriteScope = "intacct:write";

    /// <summary>The company claim value that allows every configured company.</summary>
    public const string AllCompanies = "*";
}
