using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Server.Hosting;

/// <summary>
/// On shutdown (SIGTERM, Ctrl+C), lets the tool calls in flight finish before the MCP session is cancelled. Registered
/// after the stdio transport's hosted service, so the host stops it first; the wait is bounded by the host's shutdown timeout.
/// </summary>
internal sealed partial class InFlightToolCallDrain(InFlightToolCalls calls, ILogger<InFlightToolCallDrain> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (calls.Count == 0)
        {
            return;
        }

        LogDraining(logger, calls.Count);
        try
        {
            await calls.WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogAbandoned(logger, calls.Count);
        }
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Shutting down: waiting for {Count} tool call(s) in flight to finish")]
    private static partial void LogDraining(ILogger logger, int count);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Shutdown timeout reached with {Count} tool call(s) still in flight; their outcome may be unknown")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
