using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Intacct.Configuration;

/// <summary>Validates every company at start-up; each message names the setting and the fix, never a secret value.</summary>
internal sealed partial class IntacctOptionsValidator : IValidateOptions<IntacctOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, IntacctOptions options)
    {
        var failures = new List<string>();
        foreach (var (company, settings) in options.Companies)
        {
            ValidateCompany(company, settings, failures);
        }

        if (options.DefaultCompany is { } defaultCompany && !options.Companies.ContainsKey(defaultCompany))
        {
            failures.Add($"Intacct:DefaultCompany names '{defaultCompany}', which is not configured. Use one of: {string.Join(", ", options.Companies.Keys)}, or remove the setting.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCompany(string company, IntacctCompanyOptions o, List<string> failures)
    {
        if (!CompanyNamePattern().IsMatch(company))
        {
            failures.Add($"Intacct:Companies:{company} is not a usable company name. Use letters, digits, '-', '_' or '.' (up to 64 characters).");
            return;
        }

        var prefix = $"Intacct:Companies:{company}:";
        string Key(string setting, string environmentVariable) => o.FromEnvironment ? environmentVariable : prefix + setting;

        if (o.ClientId.Length == 0)
        {
            failures.Add($"{Key("ClientId", IntacctEnvironmentShortcut.ClientIdKey)} is missing. Copy the Client ID of the app registered in Sage's developer portal.");
        }

        if (o.Flow is not (IntacctFlows.ClientCredentials or IntacctFlows.AuthorizationCode))
        {
            failures.Add($"{prefix}Flow is '{o.Flow}'. Use {IntacctFlows.ClientCredentials} (a Web Services user, the default) or {IntacctFlows.AuthorizationCode} (a regular user who signs in with intacct-mcp login).");
        }

        // A regular user signs in in the browser: no Web Services user, and a public client has no secret.
        var signIn = o.Flow == IntacctFlows.AuthorizationCode;
        if (!signIn && o.ClientSecret.Length == 0)
        {
            failures.Add($"{Key("ClientSecret", IntacctEnvironmentShortcut.ClientSecretKey)} is missing. Copy the Client Secret shown once when the app's API key was created (create a new key if it was lost).");
        }

        // With a sign-in the username is not used: the person who signs in is the Sage user.
        var username = Key("Username", IntacctEnvironmentShortcut.UsernameKey);
        if (!signIn)
        {
            ValidateUsername(o.Username, username, failures);
        }


        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback))
            || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment) || !string.IsNullOrEmpty(baseUrl.UserInfo))
        {
            failures.Add($"{Key("BaseUrl", IntacctEnvironmentShortcut.BaseUrlKey)} must be an absolute https URL without query, e.g. {IntacctCompanyOptions.DefaultBaseUrl} (plain http is accepted only for 127.0.0.1/localhost).");
        }

        Require(o.RequestsPerMinute is >= 1 and <= 100_000, prefix + "RequestsPerMinute", "must be between 1 and 100000; Sage's usual limit is about 30 per minute per company.", failures);
        Require(o.Burst is >= 1 and <= 10_000, prefix + "Burst", "must be between 1 and 10000.", failures);
        Require(o.MaxConcurrency is >= 1 and <= 1_000, prefix + "MaxConcurrency", "must be between 1 and 1000; Sage's tiers allow 6 to 20 concurrent requests per company.", failures);
        Require(o.MaxQueueLength is >= 0 and <= 1_000_000, prefix + "MaxQueueLength", "must be between 0 and 1000000.", failures);
        Require(o.MaxQueueWait > TimeSpan.Zero, prefix + "MaxQueueWait", "must be positive, e.g. 00:02:00.", failures);
        Require(o.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && o.AttemptTimeout <= TimeSpan.FromDays(1), prefix + "AttemptTimeout", "must be between 10 ms and 1 day, e.g. 00:00:30.", failures);
        Require(o.TotalTimeout >= o.AttemptTimeout && o.TotalTimeout <= TimeSpan.FromDays(1), prefix + "TotalTimeout", "must be at least AttemptTimeout and at most 1 day, e.g. 00:03:00.", failures);
        Require(o.MaxRetries is >= 0 and <= 20, prefix + "MaxRetries", "must be between 0 and 20.", failures);
        Require(o.RetryBaseDelay >= TimeSpan.Zero && o.RetryBaseDelay <= TimeSpan.FromMinutes(10), prefix + "RetryBaseDelay", "must be between 0 and 10 minutes, e.g. 00:00:00.5.", failures);
        Require(o.TokenRefreshSkew >= TimeSpan.Zero, prefix + "TokenRefreshSkew", "must not be negative, e.g. 00:05:00.", failures);
        Require(o.CircuitFailureRatio is > 0 and <= 1, prefix + "CircuitFailureRatio", "must be above 0 and at most 1, e.g. 0.5.", failures);
        Require(o.CircuitMinimumThroughput >= 2, prefix + "CircuitMinimumThroughput", "must be at least 2.", failures);
        Require(o.CircuitBreakDuration >= TimeSpan.FromMilliseconds(500) && o.CircuitBreakDuration <= TimeSpan.FromDays(1), prefix + "CircuitBreakDuration", "must be between 0.5 seconds and 1 day, e.g. 00:00:30.", failures);
        Require(o.ModelCacheDuration >= TimeSpan.Zero, prefix + "ModelCacheDuration", "must not be negative, e.g. 00:10:00.", failures);
    }

    private static void ValidateUsername(string username, string key, List<string> failures)
    {
        if (username.Length == 0)
        {
            failures.Add($"{key} is missing. Use userId@companyId, e.g. ai-api@AcmeHouseCo.");
        }
        else if (!username.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{key} has no '@companyId'. Use userId@companyId (e.g. ai-api@AcmeHouseCo); the part after '@' is the Company ID from Company > Settings > Information, not an e-mail domain.");
        }
        else if (!IntacctUsername.TryParse(username, out _))
        {
            failures.Add($"{key} is not userId@companyId or userId@companyId|entityId: a part is empty. Example: ai-api@AcmeHouseCo|Phoenix.");
        }
        else if (username.Any(char.IsWhiteSpace))
        {
            failures.Add($"{key} contains whitespace. Re-type it as userId@companyId without spaces.");
        }
    }

    private static void Require(bool condition, string key, string fix, List<string> failures)
    {
        if (!condition)
        {
            failures.Add($"{key} {fix}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNamePattern();
}
