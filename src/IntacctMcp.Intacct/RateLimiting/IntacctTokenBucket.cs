namespace IntacctMcp.Intacct.RateLimiting;

/// <summary>
/// A token bucket on an injected <see cref="TimeProvider"/>: <c>capacity</c> tokens (the burst), refilled by
/// <c>tokensPerPeriod</c> every <c>period</c>, with waiters served strictly first come, first served from a bounded queue.
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting's <c>TokenBucketRateLimiter</c> measures elapsed time with <c>Stopwatch</c> even when
/// replenished by hand, so it cannot follow an injected clock; this bucket keeps the same semantics on
/// <see cref="TimeProvider"/> so that all of the client's time is injectable and its tests deterministic.
/// </remarks>
internal sealed class IntacctTokenBucket : IDisposable
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TaskCompletionSource<bool>> _queue = new();
    private readonly int _capacity;
    private readonly int _tokensPerPeriod;
    private readonly int _queueLimit;
    private readonly ITimer _timer;
    private int _tokens;
    private bool _disposed;

    public IntacctTokenBucket(int capacity, int tokensPerPeriod, TimeSpan period, int queueLimit, TimeProvider time)
    {
        _capacity = capacity;
        _tokensPerPeriod = tokensPerPeriod;
        _queueLimit = queueLimit;
        _tokens = capacity;
        _timer = time.CreateTimer(static state => ((IntacctTokenBucket)state!).Replenish(), this, period, period);
    }

    /// <summary>Gets how many callers wait for a token.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Takes a token, waiting in line when none is left.</summary>
    /// <param name="cancellationToken">Cancels the wait (the caller leaves the line).</param>
    /// <returns><see langword="true"/> when a token was taken; <see langword="false"/> when the line is full.</returns>
    public ValueTask<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource<bool>> node;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Nobody may overtake a caller already waiting, even when a token is free at this instant.
            if (_queue.Count == 0 && _tokens > 0)
            {
                _tokens--;
                return ValueTask.FromResult(true);
            }

            if (_queue.Count >= _queueLimit)
            {
                return ValueTask.FromResult(false);
            }

            node = _queue.AddLast(new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return new ValueTask<bool>(WaitAsync(node, cancellationToken));
    }

    /// <summary>Empties the bucket: from now on tokens come only at the refill rate.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            _tokens = 0;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        List<TaskCompletionSource<bool>> waiters;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            waiters = [.. _queue];
            _queue.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in waiters)
        {
            waiter.TrySetException(new ObjectDisposedException(nameof(IntacctTokenBucket)));
        }
    }

    private async Task<bool> WaitAsync(LinkedListNode<TaskCompletionSource<bool>> node, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() =>
        {
            bool removed;
            lock (_gate)
            {
                removed = node.List is not null;
                if (removed)
                {
                    _queue.Remove(node);
                }
            }

            // A waiter that was already granted its token keeps it; only one still in line is cancelled.
            if (removed)
            {
                node.Value.TrySetCanceled(cancellationToken);
            }
        });
        return await node.Value.Task;
    }

    private void Replenish()
    {
        List<TaskCompletionSource<bool>> granted = [];
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _tokens = Math.Min(_capacity, _tokens + _tokensPerPeriod);
            while (_tokens > 0 && _queue.First is { } first)
            {
                _queue.RemoveFirst();
                _tokens--;
                granted.Add(first.Value);
            }
        }

        foreach (var waiter in granted)
        {
            waiter.TrySetResult(true);
        }
    }
}
