using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using IntacctMcp.Server.Tests.Reliability.Figures;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// The secrets the suite uses (client secrets, access tokens, Authorization values) and everything the suite saw the
/// server say (stderr lines, tool results, errors, HTTP bodies). The finale scans all of it; findings name the source
/// and the secret's label, never the value.
/// </summary>
internal static partial class SecretLedger
{
    private static readonly ConcurrentDictionary<string, string> Secrets = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<(string Source, string Text)> Texts = new();
    private static readonly ConcurrentQueue<string> TransientFindings = new();
    private static long _transientScanned;

    /// <summary>Registers a secret value to look for (values shorter than 8 characters are ignored: too common).</summary>
    public static void Register(string label, string? value)
    {
        if (value is { Length: >= 8 })
        {
            Secrets.TryAdd(value, label);
        }
    }

    /// <summary>Keeps a text for the final scan.</summary>
    public static void Observe(string source, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Texts.Enqueue((source, text));
        }
    }

    /// <summary>Scans a text now without keeping it (load phases: too many to keep).</summary>
    public static void ObserveTransient(string source, string? text)
    {
        Interlocked.Increment(ref _transientScanned);
        foreach (var finding in Find(text))
        {
            TransientFindings.Enqueue($"{source}: {finding}");
        }
    }

    /// <summary>What a text gives away: labels of known secrets and token-shaped values, never the values.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = Secrets.Where(s => text.Contains(s.Key, StringComparison.Ordinal)).Select(s => s.Value).ToList();
        if (JwtPattern().IsMatch(text))
        {
            found.Add("a JWT-shaped token");
        }

        if (BearerPattern().IsMatch(text))
        {
            found.Add("a Bearer/Basic credential value");
        }

        return found;
    }

    /// <summary>Scans every kept text against every secret known now (tokens registered late are included).</summary>
    public static SecretsFigures Scan()
    {
        var where = new List<string>(TransientFindings);
        var scanned = Interlocked.Read(ref _transientScanned);
        foreach (var (source, text) in Texts)
        {
            scanned++;
            where.AddRange(Find(text).Select(f => $"{source}: {f}"));
        }

        return new SecretsFigures(Secrets.Count, scanned, where.Count, [.. where.Distinct(StringComparer.Ordinal).Take(50)]);
    }

    /// <summary>Scans the kept texts of one source prefix (a test's own server), for a failure that names the test.</summary>
    public static IReadOnlyList<string> ScanSource(string sourcePrefix) =>
        [.. Texts.Where(t => t.Source.StartsWith(sourcePrefix, StringComparison.Ordinal))
            .SelectMany(t => Find(t.Text).Select(f => $"{t.Source}: {f}"))
            .Distinct(StringComparer.Ordinal)];

    // Three base64url segments, the first a JSON header: any JWT, whoever issued it.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex JwtPattern();

    // A credential after the scheme; "Bearer [REDACTED]", "Bearer ***" and short placeholders do not match.
    [GeneratedRegex(@"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}", RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();
}
