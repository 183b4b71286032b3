using IntacctMcp.Server.Configuration;
using StackExchange.Redis;

namespace IntacctMcp.Server.Replicas;

/// <summary>Opens the deployment's Redis connection at start, or refuses to start with one line naming the setting.</summary>
internal static class RedisConnection
{
    /// <summary>Connects, failing fast from then on: a lost Redis answers at once instead of holding calls in a backlog.</summary>
    /// <param name="options">The <c>Redis</c> section.</param>
    /// <returns>The connection, which reconnects by itself after a loss.</returns>
    /// <exception cref="ServerConfigurationException">The setting is malformed or Redis cannot be reached.</exception>
    public static IConnectionMultiplexer Connect(RedisOptions options)
    {
        ConfigurationOptions settings;
        try
        {
            settings = ConfigurationOptions.Parse(options.Configuration!.Trim());
        }
        catch (ArgumentException e)
        {
            throw new ServerConfigurationException($"Redis:Configuration is not a Redis configuration string ({e.Message}); give HOST:PORT, e.g. --redis 127.0.0.1:6379.");
        }

        if (settings.EndPoints.Count == 0)
        {
            throw new ServerConfigurationException("Redis:Configuration names no Redis server; give HOST:PORT, e.g. --redis 127.0.0.1:6379.");
        }

        settings.AbortOnConnectFail = true;
        settings.BacklogPolicy = BacklogPolicy.FailFast;

        // Try again every half second, not with a growing back-off: until a replica is back on the shared bucket it
        // spends its own share on top of the others', so every second of reconnecting costs budget.
        settings.ReconnectRetryPolicy = new LinearRetry(500);
        settings.ClientName ??= "intacct-mcp";
        settings.ConnectTimeout = Math.Min(settings.ConnectTimeout, 5000);
        settings.AsyncTimeout = Math.Min(settings.AsyncTimeout, 2000);
        settings.SyncTimeout = Math.Min(settings.SyncTimeout, 2000);
        try
        {
            return ConnectionMultiplexer.Connect(settings);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The endpoints only: the configuration string may carry a password.
            throw new ServerConfigurationException(
                $"Redis:Configuration: cannot reach Redis at {string.Join(", ", settings.EndPoints)} ({(e as RedisConnectionException)?.FailureType.ToString() ?? e.GetType().Name}). Start Redis, fix the setting, or remove it to run a single replica without shared state.");
        }
    }
}
