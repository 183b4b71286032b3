using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Server.SignIn;

/// <summary>The company a <c>login</c> or <c>logout</c> acts on: its options as the server will see them.</summary>
internal static class SignInTarget
{
    /// <summary>Resolves the company's options (trimmed and validated, as the server resolves them).</summary>
    /// <param name="configuration">The configuration of the command.</param>
    /// <param name="company">The company name from <c>--company</c>.</param>
    /// <param name="clientId">The <c>--client-id</c>, if given.</param>
    /// <param name="baseUrl">The <c>--base-url</c>, if given.</param>
    /// <returns>The options.</returns>
    /// <exception cref="SignInException">The company is unknown, not a sign-in company, or the options contradict its configuration.</exception>
    public static IntacctCompanyOptions Resolve(IConfiguration configuration, string company, string? clientId, string? baseUrl)
    {
        var services = new ServiceCollection();
        services.AddIntacctClient(configuration);
        using var provider = services.BuildServiceProvider();

        // Every configured company is validated, as at server start: a sign-in for a server that cannot start is no use.
        var options = provider.GetRequiredService<IOptions<IntacctOptions>>().Value;
        if (!options.Companies.TryGetValue(company, out var configured))
        {
            return Unconfigured(company, clientId, baseUrl, options);
        }

        if (!configured.UsesSignIn())
        {
            throw new SignInException(
                $"company '{company}' uses a Web Services user (Flow {configured.Flow}), so there is nothing to sign in to. To act as a regular Sage user, set Intacct:Companies:{company}:Flow to {IntacctFlows.AuthorizationCode} (or `intacct-mcp configure --company {company} --flow {IntacctFlows.AuthorizationCode}`).");
        }

        // The stored sign-in is bound to the configured client and URL: one taken with others would never be used.
        if (clientId is not null && !string.Equals(clientId, configured.ClientId, StringComparison.Ordinal))
        {
            throw new SignInException($"--client-id differs from Intacct:Companies:{company}:ClientId, so the server would never use this sign-in. Leave --client-id out, or change the setting first.");
        }

        if (baseUrl is not null && !string.Equals(baseUrl.Trim().TrimEnd('/'), configured.BaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new SignInException($"--base-url differs from Intacct:Companies:{company}:BaseUrl ({configured.BaseUrl}), so the server would never use this sign-in. Leave --base-url out, or change the setting first.");
        }

        return configured;
    }

    // A company configured only where this terminal cannot see it (an MCP client's own settings) can still sign in: a
    // public client (no secret) needs only its client ID and URL, and the server's fingerprint will match.
    private static IntacctCompanyOptions Unconfigured(string company, string? clientId, string? baseUrl, IntacctOptions options)
    {
        var known = options.Companies.Count == 0 ? "none is configured here" : $"configured: {string.Join(", ", options.Companies.Keys)}";
        if (clientId is null)
        {
            throw new SignInException(
                $"company '{company}' is not configured ({known}). Configure it with Flow {IntacctFlows.AuthorizationCode} and its ClientId (`intacct-mcp configure --company {company} --flow {IntacctFlows.AuthorizationCode} --client-id ID`), or pass --client-id ID (and --base-url URL) for a public client.");
        }

        var resolved = new IntacctCompanyOptions { Flow = IntacctFlows.AuthorizationCode, ClientId = clientId.Trim() };
        if (baseUrl is not null)
        {
            resolved.BaseUrl = baseUrl.Trim().TrimEnd('/');
        }

        if (!Uri.TryCreate(resolved.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new SignInException($"--base-url '{baseUrl}' is not an https URL (plain http only for 127.0.0.1/localhost), e.g. {IntacctCompanyOptions.DefaultBaseUrl}.");
        }

        return resolved;
    }
}
