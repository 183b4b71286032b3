using System.Net;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Configuration;

namespace IntacctMcp.Server.Http;

/// <summary>Refuses to expose an unauthenticated server beyond loopback.</summary>
internal static class HttpStartupChecks
{
    /// <summary>Checks the options.</summary>
    /// <param name="options">The HTTP settings.</param>
    /// <param name="authentication">Who may call.</param>
    /// <returns>A warning to log loudly, or <see langword="null"/>.</returns>
    /// <exception cref="ServerConfigurationException">Non-loopback without authentication and without <c>--allow-unauthenticated</c>, or a bad setting.</exception>
    public static string? Check(HttpServerOptions options, CallerAuthenticationOptions authentication)
    {
        if (!options.Path.StartsWith('/'))
        {
            throw new ServerConfigurationException($"Http:Path must start with '/', not '{options.Path}'.");
        }

        if (options.MaxRequestBodyBytes <= 0 || options.MaxSessions <= 0 || options.IdleTimeout <= TimeSpan.Zero)
        {
            throw new ServerConfigurationException("Http:MaxRequestBodyBytes, Http:MaxSessions and Http:IdleTimeout must be positive.");
        }

        if (authentication.IsConfigured)
        {
            return null;
        }

        var exposed = SplitUrls(options.Urls).Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count == 0)
        {
            return "No HTTP authentication is configured (Http:ApiKeys or Http:Jwt): any local process can use this server. " +
                "Create a key with 'intacct-mcp apikey create' before exposing it.";
        }

        if (!options.AllowUnauthenticated)
        {
            throw new ServerConfigurationException(
                $"Refusing to listen on {string.Join(", ", exposed)} without authentication. Configure Http:ApiKeys " +
                "(intacct-mcp apikey create --name NAME --scopes read) or Http:Jwt, listen on http://127.0.0.1:PORT, " +
                "or pass --allow-unauthenticated if something in front of this server authenticates callers.");
        }

        return $"UNAUTHENTICATED: listening on {string.Join(", ", exposed)} with no authentication (--allow-unauthenticated). " +
            "Anyone who can reach this address can read, and if writes are allowed change, your Sage Intacct books.";
    }

    /// <summary>Refuses dynamic toolsets on a stateless HTTP server.</summary>
    /// <param name="options">The HTTP settings.</param>
    /// <param name="dynamicToolsets">Whether <c>Tools:DynamicToolsets</c> is on.</param>
    /// <exception cref="ServerConfigurationException">Dynamic toolsets without <c>Http:Stateful</c>.</exception>
    /// <remarks>
    /// Fail closed rather than quietly serve every toolset: a stateless server keeps no session in which a client's
    /// <c>enable_toolset</c> could be remembered, and has no channel to push <c>notifications/tools/list_changed</c>.
    /// </remarks>
    public static void CheckDynamicToolsets(HttpServerOptions options, bool dynamicToolsets)
    {
        if (dynamicToolsets && !options.Stateful)
        {
            throw new ServerConfigurationException(
                "Tools:DynamicToolsets (--dynamic-toolsets) needs Http:Stateful=true (--stateful): stateless HTTP keeps no session to remember enabled toolsets in, nor sends notifications/tools/list_changed.");
        }
    }

    /// <summary>Splits <c>Http:Urls</c>.</summary>
    public static IReadOnlyList<string> SplitUrls(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards (http://*:80, http://+:80) that Uri does not parse as hosts: those are not loopback.
        if (!Uri.TryCreate(url.Replace("*", "wildcard.invalid", StringComparison.Ordinal).Replace("+", "wildcard.invalid", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
