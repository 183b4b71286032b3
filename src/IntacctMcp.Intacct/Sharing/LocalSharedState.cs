namespace IntacctMcp.Intacct.Sharing;

/// <summary>The default: nothing is shared, so the client keeps its token, bucket and locks in memory.</summary>
internal sealed class LocalSharedState : IIntacctSharedState
{
    /// <inheritdoc/>
    public bool IsEnabled => false;

    /// <inheritdoc/>
    public int Replicas => 1;

    /// <inheritdoc/>
    public ValueTask<TimeSpan?> TryTakeRequestAsync(string company, int requestsPerMinute, int burst, CancellationToken cancellationToken) =>
        ValueTask.FromResult<TimeSpan?>(null);

    /// <inheritdoc/>
    public ValueTask PauseAsync(string company, TimeSpan wait, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public ValueTask<IntacctSharedLock> TryLockAsync(string name, TimeSpan lease, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IntacctSharedLock.Unavailable);

    /// <inheritdoc/>
    public ValueTask PublishTokenRejectedAsync(string company, string tokenFingerprint, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public IDisposable OnTokenRejected(Action<string, string> handler) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
