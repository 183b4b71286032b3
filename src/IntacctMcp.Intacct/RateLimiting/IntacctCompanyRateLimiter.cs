using System.Threading.RateLimiting;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Logging;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.RateLimiting;

/// <summary>
/// One company's limiter: a token bucket for the request rate, a concurrency cap, and a company-wide pause set by
/// Sage's retry headers. Calls over the limit queue in arrival order (bounded length, bounded wait) instead of failing.
/// </summary>
/// <remarks>
/// The rate bucket (<see cref="IntacctTokenBucket"/>) and the pause run on the injected <see cref="TimeProvider"/>;
/// the concurrency cap is System.Threading.RateLimiting's <see cref="ConcurrencyLimiter"/>, which needs no clock.
/// When replicas share state, the rate comes from the company's shared bucket instead (see
/// <c>IntacctCompanyRateLimiter.Shared.cs</c>); the concurrency cap stays per replica.
/// </remarks>
internal sealed partial class IntacctCompanyRateLimiter : IDisposable
{
    private readonly string _company;
    private readonly IntacctCompanyOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IntacctTokenBucket _rate;
    private readonly ConcurrencyLimiter _concurrency;
    private long _pausedUntilTicks;
    private int _pauseWaiters;

    public IntacctCompanyRateLimiter(string company, IntacctCompanyOptions options, IIntacctSharedState shared, TimeProvider time, ILogger logger)
    {
        _company = company;
        _options = options;
        _time = time;
        _logger = logger;
        _shared = shared;

        // With shared state this bucket is only the fallback: without the store each replica keeps to its share, so
        // together they still stay within the budget.
        _rate = shared.IsEnabled
            ? CreateBucket(Math.Max(1, options.RequestsPerMinute / shared.Replicas), Math.Max(1, options.Burst / shared.Replicas), options.MaxQueueLength, time)
            : CreateBucket(options.RequestsPerMinute, options.Burst, options.MaxQueueLength, time);

        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrency,
            QueueLimit = options.MaxQueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Gets how many calls wait for a rate token or a concurrency slot.</summary>
    public long QueuedCount => _rate.QueuedCount + SharedQueuedCount + _concurrency.GetStatistics()!.CurrentQueuedCount;

    /// <summary>Gets how many calls wait for a company-wide pause to end.</summary>
    public int PauseWaiters => Volatile.Read(ref _pauseWaiters);

    /// <summary>Gets how many requests are in flight.</summary>
    public int InFlight => _options.MaxConcurrency - (int)_concurrency.GetStatistics()!.CurrentAvailablePermits;

    /// <summary>Gets when the current company-wide pause ends, if one is set.</summary>
    public DateTimeOffset? PausedUntil
    {
        get
        {
            var ticks = Interlocked.Read(ref _pausedUntilTicks);
            return ticks > _time.GetUtcNow().UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    /// <summary>Waits for the pause, a rate token and a concurrency slot, in that order.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The concurrency lease; dispose it when the request is done.</returns>
    /// <exception cref="IntacctQueueTimeoutException">The queue is full or the wait would exceed <see cref="IntacctCompanyOptions.MaxQueueWait"/>.</exception>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_options.MaxQueueWait, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            await WaitForPauseAsync(linked.Token);

            // A rate token is taken before a concurrency slot so that a call waiting for the rate does not hold a slot.
            if (!await (_shared.IsEnabled ? AcquireSharedAsync(linked.Token) : _rate.AcquireAsync(linked.Token)))
            {
                throw Refused("too many calls already waiting for the request rate");
            }

            var slot = await _concurrency.AcquireAsync(1, linked.Token);
            if (!slot.IsAcquired)
            {
                slot.Dispose();
                throw Refused("too many calls already waiting for a concurrency slot");
            }

            return slot;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _logger.QueueRefused(_company, "wait budget exceeded");
            throw new IntacctQueueTimeoutException(
                $"A call to Sage Intacct company '{_company}' waited {_options.MaxQueueWait} for its rate limit (RequestsPerMinute {_options.RequestsPerMinute}, MaxConcurrency {_options.MaxConcurrency}) and gave up; nothing was sent. Spread heavy work out, or raise Intacct:Companies:{_company}:MaxQueueWait.",
                _company,
                _options.MaxQueueWait)
            {
                Hint = IntacctHints.RateLimit,
            };
        }
    }

    /// <summary>Pauses the whole company: no call is sent before <paramref name="wait"/> has passed.</summary>
    /// <param name="wait">How long Sage asked to wait.</param>
    public void Pause(TimeSpan wait)
    {
        var until = _time.GetUtcNow().Add(wait).UtcTicks;
        var current = Interlocked.Read(ref _pausedUntilTicks);
        while (until > current)
        {
            var seen = Interlocked.CompareExchange(ref _pausedUntilTicks, until, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }

        ShareWithReplicas(wait);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _rate.Dispose();
        _line.Dispose();
        _concurrency.Dispose();
    }

    private async ValueTask WaitForPauseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            if (remaining > _options.MaxQueueWait)
            {
                _logger.QueueRefused(_company, "paused longer than the wait budget");
                throw new IntacctQueueTimeoutException(
                    $"Sage Intacct asked company '{_company}' to pause for {remaining:hh\\:mm\\:ss}, longer than the wait budget (Intacct:Companies:{_company}:MaxQueueWait = {_options.MaxQueueWait}); nothing was sent. Try again later.",
                    _company,
                    remaining)
                {
                    Hint = IntacctHints.RateLimit,
                };
            }

            Interlocked.Increment(ref _pauseWaiters);
            try
            {
                await Task.Delay(remaining, _time, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _pauseWaiters);
            }
        }
    }

    private static IntacctTokenBucket CreateBucket(int requestsPerMinute, int burst, int queueLimit, TimeProvider time)
    {
        // Replenish at least every 100 ms worth of tokens so high rates do not need a busy timer.
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks / requestsPerMinute, TimeSpan.FromMilliseconds(100).Ticks));
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(requestsPerMinute * period.TotalMinutes));
        return new IntacctTokenBucket(burst, tokensPerPeriod, period, queueLimit, time);
    }

    private IntacctQueueTimeoutException Refused(string reason)
    {
        _logger.QueueRefused(_company, reason);
        return new IntacctQueueTimeoutException(
            $"Sage Intacct company '{_company}' has {reason} (Intacct:Companies:{_company}:MaxQueueLength = {_options.MaxQueueLength}); nothing was sent. Spread heavy work out.",
            _company,
            null)
        {
            Hint = IntacctHints.RateLimit,
        };
    }
}
