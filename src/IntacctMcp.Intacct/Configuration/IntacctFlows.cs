namespace IntacctMcp.Intacct.Configuration;

/// <summary>The two ways a company gets its Sage tokens (<c>Intacct:Companies:&lt;name&gt;:Flow</c>).</summary>
public static class IntacctFlows
{
    /// <summary>A Web Services user: <c>grant_type=client_credentials</c> with <c>userId@companyId</c> (the default).</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>A regular user who signed in with <c>intacct-mcp login</c>: access tokens come from the stored refresh token.</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>Tells whether the company's tokens come from a person's sign-in.</summary>
    /// <param name="options">The company's options.</param>
    /// <returns><see langword="true"/> for <see cref="AuthorizationCode"/>.</returns>
    public static bool UsesSignIn(this IntacctCompanyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Equals(options.Flow, AuthorizationCode, StringComparison.Ordinal);
    }

    /// <summary>Describes a flow for people: what kind of Sage user the company acts as.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The description.</returns>
    public static string Describe(string flow) => flow == AuthorizationCode
        ? "regular user who signs in (authorization_code)"
        : "Web Services user (client_credentials)";
}
