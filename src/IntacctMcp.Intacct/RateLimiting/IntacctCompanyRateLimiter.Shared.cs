using IntacctMcp.Intacct.Sharing;

namespace IntacctMcp.Intacct.RateLimiting;

/// <summary>The rate from the company's bucket shared by all replicas, and Sage's pauses told to all of them.</summary>
/// <remarks>
/// Only the first caller in this replica's line asks the shared bucket (and sleeps until it says a request is free), so
/// a replica adds one request to the store per request to Sage, and its callers keep their arrival order. When the
/// store cannot be reached the caller at the head of the line takes a token from the local bucket, which then holds this
/// replica's share of the budget, instead of failing; the next one asks the store again, so sharing resumes by itself,
/// for every caller in line, as soon as it is back.
/// </remarks>
internal sealed partial class IntacctCompanyRateLimiter
{
    private readonly IIntacctSharedState _shared;
    private readonly SemaphoreSlim _line = new(1, 1);
    private int _sharedWaiting;
    private int _onOwnShare;

    private long SharedQueuedCount => Volatile.Read(ref _sharedWaiting);

    private async ValueTask<bool> AcquireSharedAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _sharedWaiting) > _options.MaxQueueLength)
        {
            Interlocked.Decrement(ref _sharedWaiting);
            return false;
        }

        try
        {
            await _line.WaitAsync(cancellationToken);
            try
            {
                while (await _shared.TryTakeRequestAsync(_company, _options.RequestsPerMinute, _options.Burst, cancellationToken) is { } wait)
                {
                    if (wait <= TimeSpan.Zero)
                    {
                        Volatile.Write(ref _onOwnShare, 0);
                        return true;
                    }

                    await Task.Delay(wait, _time, cancellationToken);
                }

                if (Interlocked.Exchange(ref _onOwnShare, 1) == 0)
                {
                    // Sage's bucket was being spent through the shared one until now: no fresh burst on top of it.
                    _rate.Drain();
                }

                // Still in line: the callers behind this one ask Redis first, so all of them are back on the shared
                // bucket as soon as it answers again, instead of draining a queue at this replica's share meanwhile.
                return await _rate.AcquireAsync(cancellationToken);
            }
            finally
            {
                _line.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _sharedWaiting);
        }
    }

    private void ShareWithReplicas(TimeSpan wait)
    {
        if (!_shared.IsEnabled)
        {
            return;
        }

        _ = ShareAsync();

        async Task ShareAsync()
        {
            try
            {
                await _shared.PauseAsync(_company, wait, CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // This replica is paused regardless; the others learn of it from their own 429.
            }
        }
    }
}
