using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Cli;

namespace IntacctMcp.Server.Commands;

/// <summary><c>intacct-mcp logout</c>: revokes a company's sign-in at Sage (best effort) and deletes the stored tokens.</summary>
internal static class LogoutCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="output">Standard output: the outcome.</param>
    /// <param name="error">Standard error: the one-line error.</param>
    /// <returns>0 when no sign-in remains stored; 2 for a usage or configuration error.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextWriter output, TextWriter error)
    {
        if (await SignInCommandTarget.ResolveAsync(commandLine, "logout", "the company whose sign-in to forget", error) is not { } target)
        {
            return ExitCodes.UsageError;
        }

        var (company, options, store) = (target.Company, target.Options, target.Store);
        var stored = await store.GetAsync(company, IntacctCredentialFingerprint.Compute(options), CancellationToken.None);
        await store.RemoveAsync(company, CancellationToken.None);
        if (stored?.RefreshToken is not { } refreshToken)
        {
            await output.WriteLineAsync($"No sign-in is stored for company '{company}' in {target.StoredIn}; nothing to forget.");
            return 0;
        }

        // Revoking the refresh token revokes every token of the user and company at Sage (reference §1.1).
        string revoked;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            revoked = await new IntacctSignIn(http, TimeProvider.System).RevokeAsync(options, refreshToken, CancellationToken.None)
                ? "Sage revoked its tokens"
                : "Sage did not accept the revocation; the tokens lapse on their own";
        }
        catch (IntacctException)
        {
            revoked = "Sage could not be reached to revoke them; they lapse on their own";
        }

        await output.WriteLineAsync($"Signed out of '{company}' (Sage user {stored.UserId ?? "(unknown)"}): the stored tokens are deleted and {revoked}.");
        return 0;
    }
}
