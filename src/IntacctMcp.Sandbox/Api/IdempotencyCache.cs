using System.Collections.Concurrent;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary>Responses remembered by <c>Idempotency-Key</c>, with a fingerprint of the request that produced them.</summary>
/// <remarks>
/// Sage replays the first response for 48 hours and keeps the key for 60 days: after the replay window the same key
/// is refused with 409 (not written again); after 60 days it is forgotten. Source: Sage's "Batch, bulk and composite
/// requests" guide, idempotency section ("Key is stored for 60 days; same key during that period returns 409"), as
/// copied in public client docs; the reference's §5.4 summarises it.
/// </remarks>
internal sealed class IdempotencyCache
{
    /// <summary>How long Sage replays a cached response.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    /// <summary>How long Sage keeps a key (and refuses it after the replay window).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(60);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _stores;

    /// <summary>Finds a key still kept (within <see cref="Retention"/>); the caller decides between replay and refusal by <see cref="Entry.Replayable"/>.</summary>
    public Entry? Find(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && now - entry.CachedAt < Retention ? entry : null;

    public void Store(string key, byte[] fingerprint, ApiResponse response, DateTimeOffset now)
    {
        _entries[key] = new Entry(fingerprint, response, now);

        // Forget keys past retention now and then, so a long-running sandbox does not grow for ever.
        if (Interlocked.Increment(ref _stores) % 256 == 0)
        {
            foreach (var (old, entry) in _entries)
            {
                if (now - entry.CachedAt >= Retention)
                {
                    _entries.TryRemove(old, out _);
                }
            }
        }
    }

    internal sealed record Entry(byte[] Fingerprint, ApiResponse Response, DateTimeOffset CachedAt)
    {
        /// <summary>Whether the response is still replayed (within <see cref="Lifetime"/>).</summary>
        public bool Replayable(DateTimeOffset now) => now - CachedAt < Lifetime;
    }
}
