using System.Globalization;
using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IntacctMcp.Server.Commands;

/// <summary>
/// <c>intacct-mcp test-connection</c>: requests a token, makes one cheap authenticated read, and prints the company and
/// entity the token belongs to, or Sage's error verbatim with the fix.
/// </summary>
internal static class TestConnectionCommand
{
    /// <summary>Runs the command.</summary>
    /// <returns>0 when connected, 1 when Sage (or the network) refused.</returns>
    public static async Task<int> RunAsync(ParsedCommandLine commandLine, TextWriter output, TextWriter error)
    {
        var configuration = ServerConfiguration.Build(commandLine);
        await using var sandbox = await SandboxMode.StartIfEnabledAsync(configuration, commandLine, error);
        if (sandbox is null)
        {
            CompanyConfiguration.EnsureConfigured(configuration);
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.UseServerLogging(configuration));
        services.AddIntacctClient(configuration);

        // No Web Services token is kept, but a regular user's sign-in (intacct-mcp login) is read from the encrypted store.
        services.AddIntacctTokenStore(configuration, persistByDefault: false);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IIntacctClientProvider>().GetClient();

        try
        {
            var connection = await client.TestConnectionAsync();
            await output.WriteLineAsync(Describe(connection));
            return 0;
        }
        catch (IntacctException ex) when (ex is not IntacctConfigurationException)
        {
            var who = client.Company.Flow == IntacctFlows.AuthorizationCode ? "regular-user sign-in" : $"{client.Company.UserId}@{client.Company.CompanyId}";
            await error.WriteLineAsync($"Connection test failed for company '{client.Company.Name}' ({who}): {ex.Message}");
            if (ex.Hint is not null)
            {
                await error.WriteLineAsync($"  Fix: {ex.Hint}");
            }

            return ExitCodes.Failure;
        }
    }

    private static string Describe(IntacctConnectionInfo connection)
    {
        var company = connection.Company;
        var lines = new List<string>
        {
            $"Connected to company '{company.Name}'{(company.IsSandbox ? $" (SANDBOX: {ServerInstructions.SandboxCompanyLabel}, demo data, not real books)" : string.Empty)}.",
            $"  Token company: {connection.TokenCompanyId}",
            $"  Token entity:  {connection.TokenEntityId ?? "(top level)"}",
            $"  Sign-in:       {(company.Flow == IntacctFlows.AuthorizationCode ? "regular user who signed in (authorization_code)" : "Web Services user (client_credentials)")}",
            $"  User:          {connection.TokenUserId ?? company.UserId}",
            $"  API:           {company.BaseUrl}",
            $"  Probe:         {connection.ProbeObject} ({(connection.ProbeTotalCount?.ToString(CultureInfo.InvariantCulture) ?? "?")} records)",
            $"  Token expires: {connection.TokenExpiresAt.ToString("u", CultureInfo.InvariantCulture)}",
        };
        return string.Join(Environment.NewLine, lines);
    }
}
