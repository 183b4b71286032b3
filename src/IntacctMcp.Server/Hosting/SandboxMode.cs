using System.Globalization;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Hosting;

/// <summary>
/// <c>--sandbox</c>: runs the Sage Intacct emulator in-process and adds its demo company, named <c>sandbox</c>, as the
/// default company. Announced on stderr so demo data is never mistaken for real books.
/// </summary>
internal sealed class SandboxMode : IAsyncDisposable
{
    /// <summary>The configured name of the sandbox company.</summary>
    public const string CompanyName = "sandbox";

    private readonly SandboxServer _server;

    private SandboxMode(SandboxServer server) => _server = server;

    /// <summary>Gets the emulator's API base URL.</summary>
    public Uri ApiBaseUrl => _server.ApiBaseUrl;

    /// <summary>Starts the sandbox when <c>Server:Sandbox</c> is on, and adds its company to the configuration.</summary>
    /// <param name="configuration">The server configuration; the sandbox company is added as its top source.</param>
    /// <param name="commandLine">The command line: an explicit <c>--company</c> stays the default.</param>
    /// <param name="error">Where the announcement goes (stderr).</param>
    /// <returns>The running sandbox, or <see langword="null"/> when sandbox mode is off.</returns>
    public static async Task<SandboxMode?> StartIfEnabledAsync(ConfigurationManager configuration, ParsedCommandLine commandLine, TextWriter error)
    {
        if (!configuration.GetValue<bool>($"{ServerOptions.SectionName}:{nameof(ServerOptions.Sandbox)}"))
        {
            return null;
        }

        var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false });
        const string Prefix = $"Intacct:Companies:{CompanyName}:";
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Prefix + "ClientId"] = SandboxDemo.ClientId,
            [Prefix + "ClientSecret"] = SandboxDemo.ClientSecret,
            [Prefix + "Username"] = SandboxDemo.Username,
            [Prefix + "BaseUrl"] = server.ApiBaseUrl.ToString().TrimEnd('/'),
            [Prefix + "IsSandbox"] = bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        };

        // The in-process emulator does not rate-limit in demo mode, so Sage's usual 30 a minute would only make the demo
        // pause after ten calls; a configured value (e.g. to rehearse throttling) still wins.
        foreach (var (key, value) in new[] { ("RequestsPerMinute", "600"), ("Burst", "60") })
        {
            if (configuration[Prefix + key] is null)
            {
                values[Prefix + key] = value;
            }
        }

        // Demo mode serves the demo company by default, even when real companies are configured too.
        if (!commandLine.Settings.ContainsKey("Intacct:DefaultCompany"))
        {
            values["Intacct:DefaultCompany"] = CompanyName;
        }

        // Each sandbox listens on a new port, so a persisted token could never be reused: keep nothing on disk.
        if (configuration[TokenPersistenceServiceCollectionExtensions.PersistTokensKey] is null)
        {
            values[TokenPersistenceServiceCollectionExtensions.PersistTokensKey] = bool.FalseString.ToLower(CultureInfo.InvariantCulture);
        }

        configuration.AddInMemoryCollection(values);
        await error.WriteLineAsync(ServerInstructions.SandboxNotice);
        return new SandboxMode(server);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
