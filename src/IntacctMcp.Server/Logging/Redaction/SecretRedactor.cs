using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>Replaces secrets in text with <see cref="Mask"/>: known values plus patterns for credentials and tokens.</summary>
/// <remarks>
/// Known values are every configured secret (<see cref="RegisterConfiguredSecrets"/>) and every access token registered at
/// run time (<see cref="Register"/>), also in their JSON- and URL-escaped forms. Patterns cover
/// <c>Authorization: Bearer …</c>, <c>Bearer …</c>, <c>client_secret=…</c>, <c>"access_token":"…"</c> and the like, and
/// JWT-shaped strings, so that even a secret the redactor was never told about is masked where it is labelled as one.
/// Values shorter than <see cref="MinimumSecretLength"/> are not registered: masking every "abc" would destroy logs
/// without protecting anything.
/// </remarks>
internal sealed partial class SecretRedactor : ISecretRegistry
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>The shortest value that is registered as a secret.</summary>
    public const int MinimumSecretLength = 6;

    private static readonly string[] SecretKeySuffixes = ["Secret", "Password", "ApiKey", "AccessToken", "RefreshToken", "SigningKey"];

    private readonly Lock _sync = new();
    private ImmutableArray<string> _secrets = [];

    /// <summary>Gets how many distinct values (including escaped forms) are known.</summary>
    public int Count => _secrets.Length;

    /// <inheritdoc/>
    public void Register(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Trim().Length < MinimumSecretLength)
        {
            return;
        }

        string[] forms = [secret, secret.Trim(), JavaScriptEncoder.Default.Encode(secret), Uri.EscapeDataString(secret)];
        lock (_sync)
        {
            var updated = _secrets.ToBuilder();
            foreach (var form in forms)
            {
                if (form.Length >= MinimumSecretLength && !updated.Contains(form))
                {
                    updated.Add(form);
                }
            }

            // Longest first, so that a secret containing another is masked whole.
            updated.Sort((a, b) => b.Length.CompareTo(a.Length));
            _secrets = updated.ToImmutable();
        }
    }

    /// <summary>Registers every configured value whose key names a secret (<c>…:ClientSecret</c>, <c>…Password</c>, <c>…ApiKey</c>, anything under an <c>ApiKeys</c> section…).</summary>
    /// <param name="configuration">The full configuration.</param>
    public void RegisterConfiguredSecrets(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (value is not null && IsSecretKey(key))
            {
                Register(value);
            }
        }
    }

    /// <summary>Returns the text with every known secret and every secret-shaped value replaced by <see cref="Mask"/>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = text;
        foreach (var secret in _secrets)
        {
            if (result.Contains(secret, StringComparison.Ordinal))
            {
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        result = AuthorizationHeader().Replace(result, "${label}" + Mask);
        result = BearerToken().Replace(result, "${scheme}" + Mask);
        result = LabelledSecret().Replace(result, "${label}" + Mask);
        return JwtShaped().Replace(result, Mask);
    }

    private static bool IsSecretKey(string key)
    {
        var sections = key.Split(ConfigurationPath.KeyDelimiter);
        if (sections.SkipLast(1).Any(s => s.Equals("ApiKeys", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var last = sections[^1];
        return SecretKeySuffixes.Any(suffix => last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    // "Authorization: Basic abc", "authorization=Bearer xyz", "\"Authorization\": \"Bearer xyz\"". The scheme is an atomic
    // group so that an already masked "Bearer ***" is not re-read as the value "Bearer".
    [GeneratedRegex("""(?<label>authorization"?\s*[:=]\s*"?(?>(?:(?:bearer|basic)\s+)?))(?!\*\*\*)[^\s",;]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex("""(?<scheme>\bbearer\s+)(?!\*\*\*)[A-Za-z0-9\-._~+/]+=*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    // client_secret=…, "access_token":"…", clientSecret: …, password=… (form bodies, JSON, logfmt).
    [GeneratedRegex("""(?<label>\b(?:client[_-]?secret|access[_-]?token|refresh[_-]?token|id[_-]?token|password|api[_-]?key)"?\s*[:=]\s*"?)(?!\*\*\*)[^\s"&,;}]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSecret();

    [GeneratedRegex("""\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*""", RegexOptions.CultureInvariant)]
    private static partial Regex JwtShaped();
}
