using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Hosting;

namespace IntacctMcp.Server.Replicas;

/// <summary>Subscribes to the replicas' channel before the server takes its first call, asynchronously (never blocking a thread on Redis).</summary>
/// <param name="shared">The shared state (a <see cref="RedisSharedState"/> when Redis is configured).</param>
internal sealed class RedisSubscription(IIntacctSharedState shared) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) =>
        shared is RedisSharedState redis ? redis.SubscribeAsync().WaitAsync(cancellationToken) : Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
