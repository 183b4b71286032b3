namespace IntacctMcp.Server.Replicas;

/// <summary>The Lua scripts that make the shared bucket and pause atomic; both read the time from Redis, so replicas' clocks never disagree.</summary>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS[1] the bucket, KEYS[2] the pause; ARGV[1] requests per minute, ARGV[2] burst, ARGV[3] the tokens a new bucket
    /// starts with. Returns 0 when a request was taken, else the milliseconds until one may be (the pause's end while
    /// paused).
    /// </summary>
    public const string TakeRequest = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
        if paused > now then return paused - now end
        local rate = tonumber(ARGV[1]) / 60000
        local capacity = tonumber(ARGV[2])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1])
        local at = tonumber(state[2])
        if tokens == nil or at == nil then tokens = tonumber(ARGV[3]); at = now end
        if now > at then tokens = math.min(capacity, tokens + (now - at) * rate); at = now end
        local wait = 0
        if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 60000)
        return wait
        """;

    /// <summary>KEYS[1] the pause; ARGV[1] milliseconds to pause. Extends the pause, never shortens it.</summary>
    public const string Pause = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local wait = tonumber(ARGV[1])
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if now + wait > current then redis.call('SET', KEYS[1], tostring(now + wait), 'PX', wait + 1000) end
        return 1
        """;
}
