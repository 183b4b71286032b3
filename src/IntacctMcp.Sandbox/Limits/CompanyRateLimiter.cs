namespace IntacctMcp.Sandbox.Limits;

/// <summary>
/// Per-company limits as Sage's gateway applies them: a token bucket holding <c>burst</c> requests, refilled continuously at
/// <c>requestsPerMinute</c> (time from the injected clock, so tests can move it), and a cap on requests in flight.
/// </summary>
internal sealed class CompanyRateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private double _tokens;
    private DateTimeOffset _refilledAt;
    private int _inFlight;

    public CompanyRateLimiter(int requestsPerMinute, int burst, int maxConcurrent, TimeProvider time)
    {
        if (burst < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(burst), burst, "The sandbox's Burst must be at least 1; leave it unset for a bucket of RequestsPerMinute.");
        }

        RequestsPerMinute = requestsPerMinute;
        Burst = burst;
        MaxConcurrent = maxConcurrent;
        _time = time;
        _perSecond = requestsPerMinute / 60.0;
        _tokens = burst;
        _refilledAt = time.GetUtcNow();
    }

    public int RequestsPerMinute { get; }

    /// <summary>Gets the bucket's capacity: the most requests that pass at once after a quiet spell.</summary>
    public int Burst { get; }

    public int MaxConcurrent { get; }

    public int InFlight => Volatile.Read(ref _inFlight);

    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _inFlight) > MaxConcurrent)
        {
            Interlocked.Decrement(ref _inFlight);
            return false;
        }

        return true;
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Takes one request from the bucket.</summary>
    /// <param name="remaining">Whole requests left in the bucket afterwards.</param>
    /// <param name="retryAfterSeconds">When refused, the seconds until one request is available.</param>
    /// <returns>Whether the request may proceed.</returns>
    public bool TryTake(out int remaining, out int retryAfterSeconds)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var elapsed = (now - _refilledAt).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(Burst, _tokens + (elapsed * _perSecond));
                _refilledAt = now;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                remaining = (int)_tokens;
                retryAfterSeconds = 0;
                return true;
            }

            remaining = 0;
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _perSecond));
            return false;
        }
    }
}
