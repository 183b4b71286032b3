namespace IntacctMcp.Intacct.Sharing;

/// <summary>A lock taken (or not) by <see cref="IIntacctSharedState.TryLockAsync"/>; disposing an acquired one releases it.</summary>
public sealed class IntacctSharedLock : IAsyncDisposable
{
    private Func<ValueTask>? _release;

    /// <summary>Initializes a lock that was acquired.</summary>
    /// <param name="release">Releases it (only if this holder still holds it).</param>
    public IntacctSharedLock(Func<ValueTask> release)
    {
        ArgumentNullException.ThrowIfNull(release);
        State = IntacctSharedLockState.Acquired;
        _release = release;
    }

    private IntacctSharedLock(IntacctSharedLockState state) => State = state;

    /// <summary>Gets a lock another caller holds.</summary>
    public static IntacctSharedLock HeldElsewhere { get; } = new(IntacctSharedLockState.HeldElsewhere);

    /// <summary>Gets the answer when no lock can be had (not shared, or the store is unreachable).</summary>
    public static IntacctSharedLock Unavailable { get; } = new(IntacctSharedLockState.Unavailable);

    /// <summary>Gets the outcome.</summary>
    public IntacctSharedLockState State { get; }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _release, null) is { } release ? release() : ValueTask.CompletedTask;
}
