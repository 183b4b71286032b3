namespace IntacctMcp.Intacct.Sharing;

/// <summary>Waiting for a shared lock: the one loop the token fetch and writes in flight share.</summary>
internal static class IntacctSharedLocks
{
    /// <summary>How often a caller looks again while another replica holds the lock.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Takes <paramref name="name"/>, waiting while another holder has it, up to <paramref name="maxWait"/>. Between
    /// tries <paramref name="isDone"/> may say the holder's work already answered this caller (e.g. a token appeared).
    /// </summary>
    /// <param name="shared">The shared state.</param>
    /// <param name="name">The lock's name.</param>
    /// <param name="lease">The lease if acquired.</param>
    /// <param name="maxWait">How long to wait for another holder before going on without the lock.</param>
    /// <param name="isDone">Checked before each try; <see langword="true"/> ends the wait with no lock.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The acquired lock, or <see cref="IntacctSharedLock.Unavailable"/> (no store, waited too long, or done).</returns>
    public static async Task<IntacctSharedLock> WaitAsync(
        IIntacctSharedState shared,
        string name,
        TimeSpan lease,
        TimeSpan maxWait,
        Func<Task<bool>>? isDone,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            if (isDone is not null && await isDone())
            {
                return IntacctSharedLock.Unavailable;
            }

            var held = await shared.TryLockAsync(name, lease, cancellationToken);
            if (held.State != IntacctSharedLockState.HeldElsewhere || time.GetElapsedTime(started) >= maxWait)
            {
                return held.State == IntacctSharedLockState.HeldElsewhere ? IntacctSharedLock.Unavailable : held;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }
}
