using System.Collections.Concurrent;

namespace IntacctMcp.Sandbox.Api;

/// <summary>Responses remembered by <c>Idempotency-Key</c>, with a fingerprint of the request that produced them.</summary>
internal sealed class IdempotencyCache
{
    /// <summary>How long Sage replays a cached response.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Entry? Find(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && now - entry.CachedAt < Lifetime ? entry : null;

    public void Store(string key, byte[] fingerprint, ApiResponse response, DateTimeOffset now) =>
        _entries[key] = new Entry(fingerprint, response, now);

    internal sealed record Entry(byte[] Fingerprint, ApiResponse Response, DateTimeOffset CachedAt);
}
