using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace IntacctMcp.Server.Replicas;

/// <summary>
/// <see cref="IIntacctSharedState"/> on Redis: the company's bucket and pause as Lua scripts on Redis's clock, locks
/// with StackExchange.Redis's <c>LockTake</c>/<c>LockRelease</c> (a lease, released only by its holder), and rejected
/// tokens named on a pub/sub channel.
/// </summary>
/// <remarks>
/// Redis lost while running never fails a call: every operation answers "unavailable" at once (the connection fails
/// fast instead of queueing), the client falls back to its local share, and one warning is logged. The connection
/// reconnects by itself; the first operation that succeeds again (or the restored connection) logs the recovery.
/// </remarks>
internal sealed partial class RedisSharedState : IIntacctSharedState, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly ILogger _logger;
    private readonly RedisChannel _rejectedChannel;
    private readonly Lock _gate = new();
    private readonly List<Action<string, string>> _rejectedHandlers = [];
    private int _lost;

    public RedisSharedState(IConnectionMultiplexer redis, RedisKeys keys, RedisOptions options, ILogger<RedisSharedState> logger)
    {
        _redis = redis;
        _keys = keys;
        _logger = logger;
        Replicas = options.Replicas;
        _rejectedChannel = RedisChannel.Literal(_keys.TokenRejectedChannel);
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
        SharingOn(_logger, string.Join(", ", redis.GetEndPoints().Select(e => e.ToString())), keys.Prefix, Replicas);
    }

    /// <inheritdoc/>
    public bool IsEnabled => true;

    /// <summary>Subscribes to the rejected-token channel (StackExchange.Redis subscribes again by itself after a reconnect).</summary>
    /// <returns>A task that completes when subscribed.</returns>
    public Task SubscribeAsync() => _redis.GetSubscriber().SubscribeAsync(_rejectedChannel, OnRejectedMessage);

    /// <inheritdoc/>
    public int Replicas { get; }

    /// <inheritdoc/>
    public async ValueTask<TimeSpan?> TryTakeRequestAsync(string company, int requestsPerMinute, int burst, CancellationToken cancellationToken)
    {
        // A new bucket (a first start, or Redis back empty after an outage in which every replica spent its own share)
        // starts with one replica's share of the burst, not all of it: Sage's own bucket may be nearly spent.
        var initial = Math.Max(1, burst / Replicas);
        var (ok, waitMs) = await TryRunAsync(db => db.ScriptEvaluateAsync(RedisScripts.TakeRequest, [_keys.Bucket(company), _keys.Pause(company)], [requestsPerMinute, burst, initial]));
        return ok ? TimeSpan.FromMilliseconds(Math.Max(0, (long)waitMs!)) : null;
    }

    /// <inheritdoc/>
    public async ValueTask PauseAsync(string company, TimeSpan wait, CancellationToken cancellationToken) =>
        await TryRunAsync(db => db.ScriptEvaluateAsync(RedisScripts.Pause, [_keys.Pause(company)], [(long)Math.Ceiling(wait.TotalMilliseconds)]));

    /// <inheritdoc/>
    public async ValueTask<IntacctSharedLock> TryLockAsync(string name, TimeSpan lease, CancellationToken cancellationToken)
    {
        var key = (RedisKey)_keys.Lock(name);
        var holder = (RedisValue)Guid.NewGuid().ToString("N");
        var (ok, taken) = await TryRunAsync(db => db.LockTakeAsync(key, holder, lease));
        return !ok ? IntacctSharedLock.Unavailable
            : !taken ? IntacctSharedLock.HeldElsewhere
            : new IntacctSharedLock(async () => await TryRunAsync(db => db.LockReleaseAsync(key, holder)));
    }

    /// <inheritdoc/>
    public async ValueTask PublishTokenRejectedAsync(string company, string tokenFingerprint, CancellationToken cancellationToken) =>
        await TryRunAsync(_ => _redis.GetSubscriber().PublishAsync(_rejectedChannel, company + "\n" + tokenFingerprint));

    /// <inheritdoc/>
    public IDisposable OnTokenRejected(Action<string, string> handler)
    {
        lock (_gate)
        {
            _rejectedHandlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
    }

    /// <summary>Runs one operation on Redis, the one guarded way every Redis call of a replica is made.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <returns>Not ok when Redis cannot answer now (the caller goes on alone; the loss is logged once).</returns>
    public async Task<(bool Ok, T? Value)> TryRunAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        if (!_redis.IsConnected)
        {
            MarkLost("not connected");
            return (false, default);
        }

        try
        {
            var result = await operation(_redis.GetDatabase());
            MarkRestored();
            return (true, result);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            MarkLost(e.GetType().Name);
            return (false, default);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => MarkLost(e.FailureType.ToString());

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => MarkRestored();

    private void MarkLost(string reason)
    {
        if (Interlocked.Exchange(ref _lost, 1) == 0)
        {
            RedisLost(_logger, reason, Replicas);
        }
    }

    private void MarkRestored()
    {
        if (Volatile.Read(ref _lost) == 1 && _redis.IsConnected && Interlocked.Exchange(ref _lost, 0) == 1)
        {
            RedisRestored(_logger);
        }
    }

    private void OnRejectedMessage(RedisChannel channel, RedisValue message)
    {
        var text = (string?)message;
        var separator = text?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (separator <= 0)
        {
            return;
        }

        Action<string, string>[] handlers;
        lock (_gate)
        {
            handlers = [.. _rejectedHandlers];
        }

        foreach (var handler in handlers)
        {
            handler(text![..separator], text[(separator + 1)..]);
        }
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Sharing tokens, the request budget and write locks with other replicas through Redis at {Endpoints} (prefix {Prefix}, {Replicas} replicas)")]
    private static partial void SharingOn(ILogger logger, string endpoints, string prefix, int replicas);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Redis is unreachable ({Reason}): each replica now keeps to 1/{Replicas} of every company's request budget and fetches its own tokens until Redis is back")]
    private static partial void RedisLost(ILogger logger, string reason, int replicas);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Redis is back: replicas share tokens, the request budget and write locks again")]
    private static partial void RedisRestored(ILogger logger);

    private sealed class Subscription(RedisSharedState owner, Action<string, string> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._rejectedHandlers.Remove(handler);
            }
        }
    }
}
