namespace IntacctMcp.Intacct.Errors;

/// <summary>
/// A regular-user (<c>authorization_code</c>) company has no usable sign-in: none is stored, or Sage refused the refresh
/// token (<c>invalid_grant</c>). Every call for the company fails with this until someone runs <c>intacct-mcp login</c>.
/// </summary>
public sealed class IntacctSignInRequiredException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctSignInRequiredException"/> class.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="message">The whole message: what happened and the command that fixes it.</param>
    public IntacctSignInRequiredException(string company, string message)
        : base(message)
    {
        Company = company;
        Hint = $"run `intacct-mcp login --company {company}` in a terminal (it opens Sage's sign-in page), then call again.";
    }

    /// <summary>Gets the company that needs a sign-in.</summary>
    public string Company { get; }

    /// <summary>Creates the error for a refresh token Sage refused.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="sageMessage">Sage's message, verbatim (never a token).</param>
    /// <returns>The exception.</returns>
    public static IntacctSignInRequiredException Refused(string company, string sageMessage) => new(
        company,
        $"Company {company} needs a new sign-in: run `intacct-mcp login --company {company}`. Sage refused the refresh token: {sageMessage.TrimEnd('.')}. "
        + "Most likely: it expired, was revoked, or the same Sage user signed in again elsewhere (Sage keeps one live sign-in per user and company).");

    /// <summary>Creates the error for a company that was never signed in (or signed out).</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The exception.</returns>
    public static IntacctSignInRequiredException Missing(string company) => new(
        company,
        $"Company {company} needs a sign-in: run `intacct-mcp login --company {company}`. It acts as a regular Sage user (Flow authorization_code), and no sign-in is stored for it (never signed in, signed out, or its configuration changed since).");
}
