using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// How to start the real <c>intacct-mcp</c> executable: companies (the first through the INTACCT_* shortcut, the rest
/// through <c>Intacct:Companies</c>), client settings for every company, extra configuration and arguments.
/// </summary>
internal sealed class ServerSettings
{
    public required Uri ApiBaseUrl { get; init; }

    public required IReadOnlyList<ReliabilityCompany> Companies { get; init; }

    /// <summary>Gets settings of <c>IntacctCompanyOptions</c> applied to every company, e.g. MaxRetries = "2".</summary>
    public Dictionary<string, string> CompanySettings { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Gets other configuration keys (<c>:</c> separated), e.g. <c>Tools:ResponseBudgetBytes</c>.</summary>
    public Dictionary<string, string> Configuration { get; init; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Gets the API key HTTP callers must present (configured as a hash with read and write scopes), or none.</summary>
    public string? ApiKey { get; init; }

    public string LogLevel { get; init; } = "Information";

    /// <summary>Fast-failing client settings so that a fault test takes seconds, not minutes; the circuit stays shut.</summary>
    public static Dictionary<string, string> FastFailing(int maxRetries = 3) => new(StringComparer.Ordinal)
    {
        ["RequestsPerMinute"] = "6000",
        ["Burst"] = "200",
        ["MaxConcurrency"] = "16",
        ["MaxRetries"] = maxRetries.ToString(CultureInfo.InvariantCulture),
        ["RetryBaseDelay"] = "00:00:00.050",
        ["AttemptTimeout"] = "00:00:01",
        ["TotalTimeout"] = "00:00:10",
        ["MaxQueueWait"] = "00:00:05",
        ["CircuitMinimumThroughput"] = "100000",
    };

    /// <summary>Makes an API key for the suite and registers it as a secret.</summary>
    public static string NewApiKey()
    {
        var key = "imcp_r3liab1lity_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        SecretLedger.Register("the suite's HTTP API key", key);
        return key;
    }

    public Dictionary<string, string?> Environment(string home)
    {
        var first = Companies[0];
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["INTACCT_CLIENT_ID"] = first.ClientId,
            ["INTACCT_CLIENT_SECRET"] = first.ClientSecret,
            ["INTACCT_USERNAME"] = first.Username,
            ["INTACCT_BASE_URL"] = ApiBaseUrl.ToString().TrimEnd('/'),
            ["INTACCT_COMPANY_NAME"] = first.Name,
            ["INTACCT_MCP_HOME"] = home,
            ["INTACCT_MCP_Store__PersistTokens"] = "false",
            ["INTACCT_MCP_Serilog__MinimumLevel__Default"] = LogLevel,
            ["INTACCT_MCP_Intacct__DefaultCompany"] = first.Name,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var company in Companies.Skip(1))
        {
            var prefix = $"INTACCT_MCP_Intacct__Companies__{company.Name}__";
            env[prefix + "ClientId"] = company.ClientId;
            env[prefix + "ClientSecret"] = company.ClientSecret;
            env[prefix + "Username"] = company.Username;
            env[prefix + "BaseUrl"] = ApiBaseUrl.ToString().TrimEnd('/');
        }

        foreach (var company in Companies)
        {
            foreach (var (key, value) in CompanySettings)
            {
                env[$"INTACCT_MCP_Intacct__Companies__{company.Name}__{key}"] = value;
            }
        }

        if (ApiKey is not null)
        {
            env["INTACCT_MCP_Http__ApiKeys__0__Name"] = "reliability";
            env["INTACCT_MCP_Http__ApiKeys__0__Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))).ToLowerInvariant();
            env["INTACCT_MCP_Http__ApiKeys__0__Scopes__0"] = "read";
            env["INTACCT_MCP_Http__ApiKeys__0__Scopes__1"] = "write";
        }

        foreach (var (key, value) in Configuration)
        {
            env["INTACCT_MCP_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return env;
    }
}
