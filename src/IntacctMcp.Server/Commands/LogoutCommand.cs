using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Replicas;
using IntacctMcp.Server.SignIn;

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
        var company = commandLine.GetOption("company");
        if (string.IsNullOrWhiteSpace(company))
        {
            await error.WriteLineAsync("intacct-mcp logout: --company NAME is required: the company whose sign-in to forget.");
            return ExitCodes.UsageError;
        }

        var configuration = ServerConfiguration.Build(commandLine);
        Intacct.Configuration.IntacctCompanyOptions options;
        try
        {
            options = SignInTarget.Resolve(configuration, company, commandLine.GetOption("client-id"), commandLine.GetOption("base-url"));
        }
        catch (SignInException e)
        {
            await error.WriteLineAsync($"intacct-mcp logout: {e.Message}");
            return ExitCodes.UsageError;
        }

        var home = IntacctMcpHome.Resolve(configuration);
        var store = ReplicaTokenStores.ForCommand(configuration, DataProtectionTokenStore.ForCommand(home));
        var stored = await store.GetAsync(company, IntacctCredentialFingerprint.Compute(options), CancellationToken.None);
        await store.RemoveAsync(company, CancellationToken.None);
        if (stored?.RefreshToken is not { } refreshToken)
        {
            await output.WriteLineAsync($"No sign-in is stored for company '{company}' in {home.TokensDirectory}; nothing to forget.");
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
