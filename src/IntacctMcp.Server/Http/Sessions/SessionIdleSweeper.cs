using Microsoft.Extensions.Hosting;

namespace IntacctMcp.Server.Http.Sessions;

/// <summary>Ends idle sessions every few seconds, and every session at shutdown.</summary>
internal sealed class SessionIdleSweeper(McpSessionStore store) : BackgroundService
{
    /// <summary>How often idle sessions are looked for.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, store.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await store.PruneIdleAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            await store.DisposeAsync();
        }
    }
}
