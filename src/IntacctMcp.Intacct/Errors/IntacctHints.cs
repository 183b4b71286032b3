namespace IntacctMcp.Intacct.Errors;

/// <summary>The fixes the product brief suggests for what Sage says; matched on Sage's code, error ID and message.</summary>
internal static class IntacctHints
{
    public const string AuthorizeClient =
        "Authorize the client ID / Sender ID in the company: Company > Setup > Company > Security > Authorized client applications (for client credentials the entry must also name the Web Services user).";

    public const string ClientCredentials =
        "Re-copy the Client ID and Client Secret from the same app in Sage's developer portal, and check for surrounding whitespace.";

    public const string InvalidUser =
        "Check the user ID (the part before '@') and that the user is a Web Services user.";

    public const string InvalidCompany =
        "The part after '@' in the username must be the Company ID (Company > Settings > Information), not the company name.";

    public const string InvalidEntity =
        "The part after '|' in the username (or the configured EntityId) must be an entity ID of the company; remove it to work at the top level.";

    public const string InvalidGrant =
        "Often the company's Web Services subscription is not enabled; also check the username and that the client ID is authorized in the company.";

    public const string TokenRejected =
        "Sage rejected a fresh access token: check that the Web Services user is active and the client application is still authorized in the company.";

    public const string Permission =
        "The Sage user's role lacks that module or object: add the role (or subscribe the module) for the Web Services user.";

    public const string RateLimit =
        "Sage's rate limit for the company: the server waited and retried as long as its wait budget allows; try again shortly, spread heavy work out, or lower RequestsPerMinute.";

    /// <summary>Picks the fix for a token-endpoint failure.</summary>
    /// <param name="error">Sage's error.</param>
    /// <returns>The fix, or <see langword="null"/> when none applies.</returns>
    public static string? ForTokenFailure(IntacctApiError error)
    {
        var code = error.Code ?? string.Empty;
        var message = string.Join(' ', new[] { error.Message }.Concat(error.Details.Select(d => d.Message)).Where(m => m is not null));

        // Order matters: Sage words several failures as "invalid …", so the most specific wording wins.
        if (Has(message, "sender") || Has(code, "unauthorized_client") || Has(message, "client application") || Has(message, "not authorized for this client"))
        {
            return AuthorizeClient;
        }

        if (Has(message, "invalid user") || Has(message, "web services user") || Has(message, "not authorized for web services") || Has(message, "user is not"))
        {
            return InvalidUser;
        }

        if (Has(message, "invalid entity"))
        {
            return InvalidEntity;
        }

        if (Has(message, "invalid company") || Has(message, "company id") || Has(message, "company is not"))
        {
            return InvalidCompany;
        }

        if (Has(code, "invalid_client") || Has(message, "client credentials") || Has(message, "client id") || Has(message, "client secret") || string.Equals(error.ErrorId, "REST-1216", StringComparison.OrdinalIgnoreCase))
        {
            return ClientCredentials;
        }

        if (Has(code, "invalid_grant"))
        {
            return InvalidGrant;
        }

        return null;
    }

    private static bool Has(string text, string fragment) => text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
