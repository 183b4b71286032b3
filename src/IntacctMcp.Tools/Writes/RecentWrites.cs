namespace IntacctMcp.Tools.Writes;

/// <summary>
/// The last writes this process posted, by <c>Idempotency-Key</c>, so that a 409 for a reused key can name the earlier
/// document. Bounded: the oldest entries go first; a restarted process or another replica simply does not know them.
/// </summary>
internal sealed class RecentWrites
{
    /// <summary>The most writes remembered.</summary>
    public const int Capacity = 1024;

    private readonly Dictionary<string, RecentWrite> _writes = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Remembers a write.</summary>
    /// <param name="idempotencyKey">The key it carried.</param>
    /// <param name="write">What was posted.</param>
    public void Remember(string idempotencyKey, RecentWrite write)
    {
        lock (_lock)
        {
            if (_writes.TryAdd(idempotencyKey, write))
            {
                _order.Enqueue(idempotencyKey);
                while (_order.Count > Capacity)
                {
                    _writes.Remove(_order.Dequeue());
                }
            }
        }
    }

    /// <summary>Finds a write by key.</summary>
    /// <param name="idempotencyKey">The key.</param>
    /// <returns>The write, or <see langword="null"/> when this process does not remember it.</returns>
    public RecentWrite? Find(string idempotencyKey)
    {
        lock (_lock)
        {
            return _writes.GetValueOrDefault(idempotencyKey);
        }
    }
}
