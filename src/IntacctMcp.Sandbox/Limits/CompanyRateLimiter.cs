namespace IntacctMcp.Sandbox.Limits;

/// <summary>
/// Per-company limits as Sage's gateway applies them: a token bucket of <c>requestsPerMinute</c> refilled continuously
/// (time from the injected clock, so tests can move it), and a cap on requests in flight.
/// </summary>
internal sealed class CompanyRateLimiter(int requestsPerMinute, int maxConcurrent, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly double _perSecond = requestsPerMinute / 60.0;
    private double _tokens = requestsPerMinute;
    private DateTimeOffset _refilledAt = time.GetUtcNow();
    private int _inFlight;

    public int RequestsPerMinute { get; } = requestsPerMinute;

    public int MaxConcurrent { get; } = maxConcurrent;

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
            var now = time.GetUtcNow();
            var elapsed = (now - _refilledAt).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(RequestsPerMinute, _tokens + (elapsed * _perSecond));
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
