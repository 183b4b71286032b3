using Microsoft.Extensions.Hosting;

namespace IntacctMcp.Server.Replicas;

/// <summary>Subscribes to the replicas' channel before the server takes its first call, asynchronously (never blocking a thread on Redis).</summary>
/// <param name="shared">The shared state.</param>
internal sealed class RedisSubscription(RedisSharedState shared) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) =>
        shared.SubscribeAsync().WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
