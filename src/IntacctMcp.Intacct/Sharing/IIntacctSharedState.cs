namespace IntacctMcp.Intacct.Sharing;

/// <summary>
/// What several server replicas share so that together they spend one Sage company's budget once: the request
/// bucket and Sage's pauses, named locks (the token fetch, writes in flight), and word of a token Sage rejected.
/// </summary>
/// <remarks>
/// The default (<see cref="IsEnabled"/> <see langword="false"/>) shares nothing and costs nothing: a single process
/// keeps everything in memory. A shared implementation that loses its store answers "unavailable"
/// (<see langword="null"/>, <see cref="IntacctSharedLockState.Unavailable"/>) instead of throwing, and the client then
/// works on its own: a local bucket at 1/<see cref="Replicas"/> of the budget, no lock.
/// </remarks>
public interface IIntacctSharedState
{
    /// <summary>Gets whether state is shared at all (a store is configured).</summary>
    bool IsEnabled { get; }

    /// <summary>Gets how many replicas share each company's budget: without the store, each keeps to its share.</summary>
    int Replicas { get; }

    /// <summary>Takes one request from the company's shared bucket, unless the company is paused.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="requestsPerMinute">The refill rate of the bucket.</param>
    /// <param name="burst">The bucket's capacity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="TimeSpan.Zero"/> when a request was taken; else how long until one may be; <see langword="null"/> when the store is unavailable.</returns>
    ValueTask<TimeSpan?> TryTakeRequestAsync(string company, int requestsPerMinute, int burst, CancellationToken cancellationToken);

    /// <summary>Pauses the company for every replica (Sage answered 429 or 503 with a retry header).</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="wait">How long Sage asked to wait.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the pause is shared (or the store is unavailable).</returns>
    ValueTask PauseAsync(string company, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>Takes a lock every replica honours, once, without waiting.</summary>
    /// <param name="name">The lock's name (no secret: a key of the store).</param>
    /// <param name="lease">How long the lock lasts if its holder never releases it (a crashed replica).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lock: acquired (dispose to release), held elsewhere, or unavailable.</returns>
    ValueTask<IntacctSharedLock> TryLockAsync(string name, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Tells every replica that Sage rejected a company's access token.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="tokenFingerprint">A one-way fingerprint of the rejected token (never the token).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the word is sent (or the store is unavailable).</returns>
    ValueTask PublishTokenRejectedAsync(string company, string tokenFingerprint, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="handler"/> with (company, token fingerprint) whenever any replica reports a rejected token.</summary>
    /// <param name="handler">The handler; it must not block.</param>
    /// <returns>Disposing it stops the calls.</returns>
    IDisposable OnTokenRejected(Action<string, string> handler);
}
