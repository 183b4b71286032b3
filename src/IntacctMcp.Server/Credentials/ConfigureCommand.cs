using System.Globalization;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Server.Credentials;

/// <summary><c>intacct-mcp configure</c>: adds, updates or removes a company in the encrypted store.</summary>
/// <remarks>
/// The client secret is read without echo from the terminal, or as the first line of standard input when that is
/// redirected or <c>--client-secret-stdin</c> is given; never from the command line. The connection is tested before
/// anything is saved unless <c>--no-test</c>. Exit codes: 0 saved/removed, 1 connection test failed or company not
/// found, 2 usage or store error. Reads and writes the store directly (not through the configuration), so a damaged
/// store can still be repaired with it.
/// </remarks>
internal static class ConfigureCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>configure</c>.</param>
    /// <param name="configuration">The server configuration (for <c>Store:Path</c> and <c>Store:PersistTokens</c>).</param>
    /// <param name="stdin">Standard input (the secret, when redirected).</param>
    /// <param name="stdout">Standard output (the outcome).</param>
    /// <param name="stderr">Standard error (prompts and errors).</param>
    /// <param name="cancellationToken">Cancels the connection test.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IConfiguration configuration,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ConfigureArguments arguments;
        try
        {
            arguments = ConfigureArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await stderr.WriteLineAsync($"intacct-mcp configure: {exception.Message}");
            await stderr.WriteLineAsync(ConfigureArguments.Usage);
            return 2;
        }

        var home = IntacctMcpHome.Resolve(configuration);
        var protection = new CredentialProtection(home);
        var store = new CompanyStore(protection, TimeProvider.System);
        try
        {
            return arguments.Remove is { } name
                ? await RemoveAsync(name, store, protection, stdout, stderr)
                : await SaveAsync(arguments, configuration, store, protection, stdin, stdout, stderr, cancellationToken);
        }
        catch (IntacctConfigurationException exception)
        {
            await stderr.WriteLineAsync($"intacct-mcp configure: {exception.Message}");
            return 2;
        }
    }

    private static async Task<int> RemoveAsync(string name, CompanyStore store, CredentialProtection protection, TextWriter stdout, TextWriter stderr)
    {
        // The token goes too: it was issued for credentials that no longer exist here.
        await TokenStore(protection).RemoveAsync(name, CancellationToken.None);
        if (!store.Remove(name))
        {
            await stderr.WriteLineAsync($"intacct-mcp configure: company '{name}' is not in the encrypted store {store.Home.CompaniesFile}.");
            return 1;
        }

        await stdout.WriteLineAsync($"Removed company '{name}' from {store.Home.CompaniesFile}.");
        return 0;
    }

    private static async Task<int> SaveAsync(
        ConfigureArguments arguments,
        IConfiguration configuration,
        CompanyStore store,
        CredentialProtection protection,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var name = arguments.Company!;
        var existing = await FindExistingAsync(store, name, stderr);
        var flow = arguments.Flow ?? existing?.Flow ?? IntacctFlows.ClientCredentials;
        var signIn = flow == IntacctFlows.AuthorizationCode;
        var clientId = arguments.ClientId ?? existing?.ClientId;

        // A regular user signs in with intacct-mcp login: no Web Services user, and a public client has no secret.
        var username = signIn ? arguments.Username ?? string.Empty : arguments.Username ?? existing?.Username;
        if (clientId is null || username is null)
        {
            await stderr.WriteLineAsync($"intacct-mcp configure: company '{name}' is new: --client-id and --username are required (or --flow {IntacctFlows.AuthorizationCode} --client-id ID for a regular user who signs in).");
            await stderr.WriteLineAsync(ConfigureArguments.Usage);
            return 2;
        }

        username = username.Trim();
        IntacctUsername? parsedUsername = null;
        if (!signIn && !IntacctUsername.TryParse(username, out parsedUsername))
        {
            await stderr.WriteLineAsync(
                $"intacct-mcp configure: --username must be userId@companyId or userId@companyId|entityId (e.g. ai-api@AcmeHouseCo); the part after '@' is the Sage Company ID, not an e-mail domain.");
            return 2;
        }

        var secret = await ReadSecretAsync(arguments, name, existing is not null || signIn, stdin, stderr, cancellationToken);
        if (secret.Length == 0 && existing is not null)
        {
            secret = existing.ClientSecret;
        }
        else if (secret.Length == 0 && !signIn)
        {
            await stderr.WriteLineAsync("intacct-mcp configure: no client secret was given. Copy it from the API key of the application in Sage's developer portal.");
            return 2;
        }

        var company = new StoredCompany
        {
            Name = name,
            Flow = signIn ? flow : null,
            ClientId = clientId,
            ClientSecret = secret,
            Username = username,
            EntityId = arguments.EntityId ?? existing?.EntityId,
            BaseUrl = arguments.BaseUrl?.TrimEnd('/') ?? existing?.BaseUrl,
            RequestsPerMinute = arguments.RequestsPerMinute ?? existing?.RequestsPerMinute,
            Burst = arguments.Burst ?? existing?.Burst,
            MaxConcurrency = arguments.MaxConcurrency ?? existing?.MaxConcurrency,
        };

        if (signIn)
        {
            // Nothing to test before a person has signed in; the sign-in itself is the test.
            var signInCompany = store.Upsert(company);
            await stdout.WriteLineAsync($"Saved company '{signInCompany.Name}' in {store.Home.CompaniesFile} (Flow {IntacctFlows.AuthorizationCode}: a regular user who signs in{(secret.Length > 0 ? "; client secret encrypted" : ", public client without a secret")}).");
            await stdout.WriteLineAsync($"Next: sign in as yourself with `intacct-mcp login --company {signInCompany.Name}`.");
            return 0;
        }

        var persistTokens = TokenPersistenceServiceCollectionExtensions.IsTokenPersistenceEnabled(configuration, defaultValue: true);
        if (arguments.SkipConnectionTest)
        {
            // The stored token may belong to the old credentials; the fingerprint would drop it anyway, this is earlier.
            await TokenStore(protection).RemoveAsync(name, CancellationToken.None);
        }
        else if (!await TestAsync(company, persistTokens ? store.Home : null, stdout, stderr, cancellationToken))
        {
            return 1;
        }

        var saved = store.Upsert(company);
        await stdout.WriteLineAsync($"Saved company '{saved.Name}' in {store.Home.CompaniesFile} (username and client secret encrypted).");
        await stdout.WriteLineAsync(Describe(saved, parsedUsername!));
        return 0;
    }

    private static async Task<StoredCompany?> FindExistingAsync(CompanyStore store, string name, TextWriter stderr)
    {
        try
        {
            return store.Find(name);
        }
        catch (IntacctConfigurationException)
        {
            // Exactly the situation the error told the user to fix by running configure again: start afresh.
            await stderr.WriteLineAsync($"The stored credentials of '{name}' cannot be decrypted; they will be replaced.");
            return null;
        }
    }

    private static async Task<string> ReadSecretAsync(ConfigureArguments arguments, string name, bool canKeep, TextReader stdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.ClientSecretFromStandardInput || !SecretPrompt.IsInteractiveConsole(stdin))
        {
            return await SecretPrompt.ReadLineAsync(stdin, cancellationToken);
        }

        var keep = canKeep ? ", Enter keeps the stored one" : string.Empty;
        return SecretPrompt.ReadHidden(stderr, $"Client secret for '{name}' (input hidden{keep}): ");
    }

    private static async Task<bool> TestAsync(StoredCompany company, IntacctMcpHome? persistTokenIn, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var redactor = new SecretRedactor();
        redactor.Register(company.ClientSecret);
        await stderr.WriteLineAsync($"Testing the connection of '{company.Name}' to {company.BaseUrl ?? IntacctCompanyOptions.DefaultBaseUrl} ...");
        try
        {
            var info = await CompanyConnectionTest.RunAsync(company, persistTokenIn, cancellationToken);
            var entity = info.TokenEntityId is { Length: > 0 } id ? $"entity {id}" : "top level";
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Connection OK: Sage company {info.TokenCompanyId}, {entity}; token valid until {info.TokenExpiresAt:u}."));
            return true;
        }
        catch (Exception exception) when (exception is IntacctException or OptionsValidationException)
        {
            var hint = (exception as IntacctException)?.Hint;
            await stderr.WriteLineAsync($"Connection test failed: {redactor.Redact(exception.Message)}");
            if (hint is not null)
            {
                await stderr.WriteLineAsync($"  Fix: {redactor.Redact(hint)}");
            }

            await stderr.WriteLineAsync("Nothing was saved. Correct the values and run configure again (add --no-test to save without testing).");
            return false;
        }
    }

    private static string Describe(StoredCompany company, IntacctUsername username)
    {
        var entity = company.EntityId ?? username.EntityId ?? "(top level)";
        var limits = string.Create(
            CultureInfo.InvariantCulture,
            $"{company.RequestsPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "default"} requests/minute, burst {company.Burst?.ToString(CultureInfo.InvariantCulture) ?? "default"}, {company.MaxConcurrency?.ToString(CultureInfo.InvariantCulture) ?? "default"} at once");
        return $"  Company ID: {username.CompanyId}\n  Entity: {entity}\n  Base URL: {company.BaseUrl ?? IntacctCompanyOptions.DefaultBaseUrl}\n  Client ID: set\n  Client secret: set\n  Rate limits: {limits}";
    }

    private static DataProtectionTokenStore TokenStore(CredentialProtection protection) =>
        new(protection, TimeProvider.System, new SecretRedactor(), NullLogger<DataProtectionTokenStore>.Instance);
}
