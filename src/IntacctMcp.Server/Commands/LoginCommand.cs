using System.Globalization;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.SignIn;

namespace IntacctMcp.Server.Commands;

/// <summary>
/// <c>intacct-mcp login</c>: a regular user signs in to Sage in the browser (authorization code with PKCE S256, a random
/// <c>state</c>, <c>scope=offline_access</c>, a loopback redirect), and the refresh and access tokens are stored encrypted
/// for the company. Prints the URL always (a remote shell has no browser) and who signed in.
/// </summary>
internal static class LoginCommand
{
    /// <summary>The default time to wait for the sign-in.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs the command.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="output">Standard output: the URL and the outcome.</param>
    /// <param name="error">Standard error: the one-line error.</param>
    /// <returns>0 when signed in; 1 when the sign-in failed; 2 for a usage or configuration error.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextWriter output, TextWriter error) =>
        await RunAsync(commandLine, Console.In, output, error);

    /// <summary>Runs the command, reading a pasted callback address from <paramref name="input"/>.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="input">Standard input: the callback address, when the browser cannot reach this machine.</param>
    /// <param name="output">Standard output: the URL and the outcome.</param>
    /// <param name="error">Standard error: the one-line error.</param>
    /// <returns>0 when signed in; 1 when the sign-in failed; 2 for a usage or configuration error.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextReader input, TextWriter output, TextWriter error)
    {
        // The store is opened before the browser: a Redis that cannot be reached fails now, not after the person signed in.
        if (await SignInCommandTarget.ResolveAsync(commandLine, "login", "the company to sign in to (`intacct-mcp companies` lists them)", error) is not { } target)
        {
            return ExitCodes.UsageError;
        }

        if (!TryReadOptions(commandLine, out var port, out var timeout, out var usage))
        {
            await error.WriteLineAsync($"intacct-mcp login: {usage}");
            return ExitCodes.UsageError;
        }

        try
        {
            return await SignInAsync(target, port, timeout, IsSet(commandLine, CommandLineParser.NoBrowserSetting), IsSet(commandLine, CommandLineParser.HttpsRedirectSetting), input, output);
        }
        catch (SignInException e)
        {
            await error.WriteLineAsync($"intacct-mcp login: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> SignInAsync(SignInCommandTarget target, int port, TimeSpan timeout, bool noBrowser, bool httpsRedirect, TextReader input, TextWriter output)
    {
        var (company, options) = (target.Company, target.Options);
        using var callback = LoopbackCallback.Start(port);
        var pkce = IntacctPkce.Create();

        // Sage accepts only HTTPS redirect URIs; the listener has no TLS, so then the person pastes the address instead.
        var redirectUri = httpsRedirect ? new UriBuilder(callback.RedirectUri) { Scheme = Uri.UriSchemeHttps }.Uri : callback.RedirectUri;
        var url = IntacctSignIn.AuthorizeUri(options, redirectUri, pkce);
        await output.WriteLineAsync($"Sign in to Sage Intacct for company '{company}': open this URL in a browser (on any machine that can reach 127.0.0.1:{callback.Port} here):");
        await output.WriteLineAsync($"  {url.AbsoluteUri}");
        var opened = !noBrowser && BrowserLauncher.TryOpen(url);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{(opened ? "Opened the browser. " : string.Empty)}Waiting up to {timeout.TotalSeconds:0} s for the sign-in to return to {redirectUri} ..."));
        await output.WriteLineAsync(httpsRedirect
            ? "The browser will fail to load that https address: paste the address it shows here and press Enter."
            : "If the browser cannot load that address (it runs on another machine), paste the address it shows here and press Enter.");
        await output.FlushAsync();

        using var deadline = new CancellationTokenSource(timeout);
        CallbackRequest request;
        try
        {
            request = await FirstCallbackAsync(callback, input, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new SignInException(string.Create(
                CultureInfo.InvariantCulture,
                $"no sign-in came back within {timeout.TotalSeconds:0} s (nothing called {redirectUri}). Run `intacct-mcp login --company {company}` again and finish signing in in time, or give more with --timeout SECONDS."));
        }

        using (request)
        {
            var token = await ExchangeAsync(company, options, request, redirectUri, pkce, deadline.Token);
            await target.Store.StoreAsync(company, token, CancellationToken.None);
            var claims = IntacctJwt.TryReadClaims(token.AccessToken);
            var user = token.UserId ?? "(unknown)";
            var companyId = Intacct.Objects.IntacctJson.Text(claims?["cnyId"]) ?? "(unknown)";
            var entity = Intacct.Objects.IntacctJson.Text(claims?["entityId"]) is { Length: > 0 } e ? e : "top level";
            await request.RespondAsync(true, $"Signed in to Sage Intacct as {user} for '{company}'. You can close this tab and return to the terminal.", CancellationToken.None);
            await output.WriteLineAsync($"Signed in to {company}: Sage user {user}, company {companyId}, entity {entity}");
            await output.WriteLineAsync($"The sign-in is stored encrypted in {target.StoredIn}. The server acts as {user} for '{company}' until the sign-in expires or is revoked; then run `intacct-mcp login --company {company}` again.");
            return 0;
        }
    }

    // The browser reaching the loopback listener, or the person pasting the address it was sent to; whichever comes first.
    private static async Task<CallbackRequest> FirstCallbackAsync(LoopbackCallback callback, TextReader input, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fromBrowser = callback.WaitAsync(stop.Token);
        var pasted = LoopbackCallback.ReadPastedAsync(input, stop.Token);
        if (await Task.WhenAny<CallbackRequest?>(fromBrowser!, pasted) == pasted && await pasted is { } typed)
        {
            await stop.CancelAsync();
            return typed;
        }

        return await fromBrowser;
    }

    private static async Task<IntacctStoredToken> ExchangeAsync(string company, IntacctCompanyOptions options, CallbackRequest request, Uri redirectUri, IntacctPkce pkce, CancellationToken cancellationToken)
    {
        string? problem = null;
        if (!string.Equals(request["state"], pkce.State, StringComparison.Ordinal))
        {
            // Not the answer to this sign-in (a stale tab, or a forged request): never exchange its code.
            problem = $"the sign-in callback carried the wrong state (not the one this login sent), so it was refused. Run `intacct-mcp login --company {company}` again and finish it in the tab it opens.";
        }
        else if (request["error"] is { } oauthError)
        {
            var description = request["error_description"] is { } d ? $" ({d})" : string.Empty;
            problem = oauthError == "access_denied"
                ? $"the sign-in was declined in Sage{description}. Run `intacct-mcp login --company {company}` again and choose Allow."
                : $"Sage refused the sign-in: {oauthError}{description}. Check the client ID and that the app is authorized for the company (Company > Setup > Security > Authorized client applications), then run `intacct-mcp login --company {company}` again.";
        }
        else if (request["code"] is null)
        {
            problem = $"the sign-in callback carried no code, so there is nothing to exchange for a token. Run `intacct-mcp login --company {company}` again and finish it in Sage.";
        }

        if (problem is not null)
        {
            await request.RespondAsync(false, $"Sign-in failed: {problem}", CancellationToken.None);
            throw new SignInException(problem);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            return await new IntacctSignIn(http, TimeProvider.System).ExchangeCodeAsync(company, options, request["code"]!, redirectUri, pkce, cancellationToken);
        }
        catch (IntacctException e)
        {
            var fix = e.Hint is { Length: > 0 } hint ? $" Fix: {hint}" : $" Run `intacct-mcp login --company {company}` again.";
            var message = $"the code exchange failed: {e.Message}{fix}";
            await request.RespondAsync(false, $"Sign-in failed: {message}", CancellationToken.None);
            throw new SignInException(message);
        }
    }

    private static bool TryReadOptions(ParsedCommandLine commandLine, out int port, out TimeSpan timeout, out string? problem)
    {
        port = 0;
        timeout = DefaultTimeout;
        problem = null;
        if (commandLine.GetOption("port") is { } portText
            && !(int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535))
        {
            problem = $"--port must be a port number from 1 to 65535, not '{portText}' (or leave it out for a free port).";
            return false;
        }

        if (commandLine.GetOption("timeout") is { } timeoutText)
        {
            if (!(int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 3600))
            {
                problem = $"--timeout must be a number of seconds from 1 to 3600, not '{timeoutText}'.";
                return false;
            }

            timeout = TimeSpan.FromSeconds(seconds);
        }

        return true;
    }

    private static bool IsSet(ParsedCommandLine commandLine, string key) =>
        commandLine.Settings.GetValueOrDefault(key) is { } value && bool.TryParse(value, out var set) && set;
}
