using System.Globalization;

namespace IntacctMcp.Server.Credentials;

/// <summary>The options of <c>intacct-mcp configure</c>, parsed.</summary>
internal sealed record ConfigureArguments
{
    /// <summary>The usage line printed with every argument error.</summary>
    public const string Usage =
        "Usage: intacct-mcp configure --company NAME --client-id ID --username user@company[|entity] [--client-secret-stdin] " +
        "[--base-url URL] [--entity ID] [--requests-per-minute N] [--burst N] [--max-concurrency N] [--no-test]\n" +
        "       intacct-mcp configure --company NAME --flow authorization_code --client-id ID [--client-secret-stdin] [--base-url URL] [--entity ID]  (a regular user; then intacct-mcp login)\n" +
        "       intacct-mcp configure --remove NAME";

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--client-secret-stdin", "--no-test" };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--company", "--flow", "--client-id", "--username", "--base-url", "--entity", "--requests-per-minute", "--burst", "--max-concurrency", "--remove",
    };

    public string? Company { get; init; }

    public string? Flow { get; init; }

    public string? ClientId { get; init; }

    public string? Username { get; init; }

    public bool ClientSecretFromStandardInput { get; init; }

    public string? BaseUrl { get; init; }

    public string? EntityId { get; init; }

    public int? RequestsPerMinute { get; init; }

    public int? Burst { get; init; }

    public int? MaxConcurrency { get; init; }

    public bool SkipConnectionTest { get; init; }

    public string? Remove { get; init; }

    /// <summary>Parses the arguments that follow <c>configure</c>.</summary>
    /// <exception cref="ArgumentException">An unknown, repeated or malformed option; the message says which and why.</exception>
    public static ConfigureArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
            if (name is "--client-secret" or "--secret")
            {
                throw new ArgumentException(
                    "The client secret is never taken from the command line (it would stay in the shell history and be visible to other users in the process list). Leave it out to be prompted for it, or pipe it in with --client-secret-stdin.");
            }

            if (Flags.Contains(name))
            {
                if (inline is not null)
                {
                    throw new ArgumentException($"Option '{name}' takes no value.");
                }

                flags.Add(name);
                continue;
            }

            if (!ValueOptions.Contains(name))
            {
                throw new ArgumentException(name.StartsWith('-') ? $"Unknown option '{name}' for 'configure'." : $"Unexpected argument '{arg}'.");
            }

            var value = inline ?? (index + 1 < args.Count ? args[++index] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Option '{name}' needs a value.");
            }

            if (!values.TryAdd(name, value.Trim()))
            {
                throw new ArgumentException($"Option '{name}' is given twice.");
            }
        }

        var parsed = new ConfigureArguments
        {
            Company = values.GetValueOrDefault("--company"),
            Flow = values.GetValueOrDefault("--flow")?.ToLowerInvariant(),
            ClientId = values.GetValueOrDefault("--client-id"),
            Username = values.GetValueOrDefault("--username"),
            ClientSecretFromStandardInput = flags.Contains("--client-secret-stdin"),
            BaseUrl = values.GetValueOrDefault("--base-url"),
            EntityId = values.GetValueOrDefault("--entity"),
            RequestsPerMinute = PositiveNumber(values, "--requests-per-minute"),
            Burst = PositiveNumber(values, "--burst"),
            MaxConcurrency = PositiveNumber(values, "--max-concurrency"),
            SkipConnectionTest = flags.Contains("--no-test"),
            Remove = values.GetValueOrDefault("--remove"),
        };
        parsed.Validate(values.Count + flags.Count);
        return parsed;
    }

    private void Validate(int optionCount)
    {
        if (Remove is not null)
        {
            if (optionCount != 1)
            {
                throw new ArgumentException("--remove takes only the company name.");
            }

            return;
        }

        if (Company is null)
        {
            throw new ArgumentException("--company NAME is required.");
        }

        if (!CompanyNames.IsValid(Company))
        {
            throw new ArgumentException($"'{Company}' is not a valid company name: use {CompanyNames.Rule}.");
        }

        if (Flow is not (null or Intacct.Configuration.IntacctFlows.ClientCredentials or Intacct.Configuration.IntacctFlows.AuthorizationCode))
        {
            throw new ArgumentException($"--flow '{Flow}' is not a flow: use {Intacct.Configuration.IntacctFlows.ClientCredentials} (a Web Services user, the default) or {Intacct.Configuration.IntacctFlows.AuthorizationCode} (a regular user who signs in with intacct-mcp login).");
        }

        if (BaseUrl is not null && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw new ArgumentException($"--base-url '{BaseUrl}' is not an absolute http(s) URL, e.g. {Intacct.Configuration.IntacctCompanyOptions.DefaultBaseUrl}.");
        }
    }

    private static int? PositiveNumber(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a whole number above 0, not '{text}'.");
    }
}
