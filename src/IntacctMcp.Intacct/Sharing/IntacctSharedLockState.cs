namespace IntacctMcp.Intacct.Sharing;

/// <summary>The outcome of <see cref="IIntacctSharedState.TryLockAsync"/>.</summary>
public enum IntacctSharedLockState
{
    /// <summary>This caller holds the lock until it disposes it (or the lease ends).</summary>
    Acquired,

    /// <summary>Another caller, here or in another replica, holds it.</summary>
    HeldElsewhere,

    /// <summary>No lock can be had: state is not shared, or the store is unreachable. Go on without it.</summary>
    Unavailable,
}
