using System.Collections.Concurrent;

namespace IntacctMcp.Tools.FreeText;

/// <summary>What one MCP session has been shown that was flagged, per company: the audit notes it on a later write.</summary>
/// <remarks>Bounded: only the most recent <see cref="Capacity"/> distinct flags per company are kept.</remarks>
internal sealed class SessionFlags
{
    /// <summary>The most flags kept per company.</summary>
    public const int Capacity = 20;

    private readonly ConcurrentDictionary<string, List<SuspiciousTextFlag>> _byCompany = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers flags shown for a company.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="flags">The flags.</param>
    public void Record(string company, IEnumerable<SuspiciousTextFlag> flags)
    {
        var list = _byCompany.GetOrAdd(company, _ => []);
        lock (list)
        {
            foreach (var flag in flags)
            {
                list.RemoveAll(f => f.Record == flag.Record && f.Field == flag.Field);
                list.Add(flag);
            }

            if (list.Count > Capacity)
            {
                list.RemoveRange(0, list.Count - Capacity);
            }
        }
    }

    /// <summary>Gets the flags shown so far for a company.</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The flags, oldest first; empty when none.</returns>
    public IReadOnlyList<SuspiciousTextFlag> For(string company)
    {
        if (!_byCompany.TryGetValue(company, out var list))
        {
            return [];
        }

        lock (list)
        {
            return [.. list];
        }
    }
}
