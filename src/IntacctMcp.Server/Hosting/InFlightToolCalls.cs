namespace IntacctMcp.Server.Hosting;

/// <summary>Counts the tool calls being handled, so that shutdown can wait for them (a write's outcome must reach the log).</summary>
internal sealed class InFlightToolCalls
{
    private readonly Lock _gate = new();
    private int _count;
    private TaskCompletionSource _idle = Idle();

    /// <summary>Gets how many calls are being handled.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Marks a call as started; dispose the result when it ends.</summary>
    /// <returns>The call's scope.</returns>
    public Scope Enter()
    {
        lock (_gate)
        {
            if (_count++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new Scope(this);
    }

    /// <summary>Waits until no call is being handled.</summary>
    /// <param name="cancellationToken">Ends the wait (the host's shutdown timeout).</param>
    /// <returns>A task that completes when the count reaches zero.</returns>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }

        return idle.WaitAsync(cancellationToken);
    }

    private void Exit()
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            if (--_count == 0)
            {
                idle = _idle;
            }
        }

        idle?.TrySetResult();
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource();
        idle.SetResult();
        return idle;
    }

    /// <summary>One call's share of the count.</summary>
    /// <param name="owner">The counter.</param>
    internal readonly struct Scope(InFlightToolCalls owner) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => owner.Exit();
    }
}
