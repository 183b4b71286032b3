using System.Text.RegularExpressions;

namespace IntacctMcp.Server.Credentials;

/// <summary>The rule for company names: they become configuration keys and file names, so they stay simple.</summary>
internal static partial class CompanyNames
{
    /// <summary>A readable statement of the rule, for error messages.</summary>
    public const string Rule = "1-64 letters, digits, '_', '-' or '.', starting with a letter or digit";

    /// <summary>Tells whether a name follows the rule.</summary>
    public static bool IsValid(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
