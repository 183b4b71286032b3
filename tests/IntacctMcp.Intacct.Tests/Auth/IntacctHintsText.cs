using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Tests.Auth;

/// <summary>The hints, reachable from public theory data (the hint class itself is internal).</summary>
internal static class IntacctHintsText
{
    public const string AuthorizeClient = IntacctHints.AuthorizeClient;
    public const string ClientCredentials = IntacctHints.ClientCredentials;
    public const string InvalidUser = IntacctHints.InvalidUser;
    public const string InvalidCompany = IntacctHints.InvalidCompany;
    public const string InvalidGrant = IntacctHints.InvalidGrant;
}
