using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Http.Sessions;

/// <summary>
/// The stateful sessions: creation with admission control (at the cap the oldest idle session is ended first), lookup,
/// removal, and pruning of idle sessions. Sessions in use are never pruned.
/// </summary>
internal sealed partial class McpSessionStore(
    IOptions<HttpServerOptions> httpOptions,
    IOptions<McpServerOptions> serverOptions,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, McpHttpSession> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _admission = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<McpSessionStore>();

    /// <summary>Gets how many sessions exist.</summary>
    public int Count => _sessions.Count;

    /// <summary>Gets the time source of activity stamps.</summary>
    public TimeProvider TimeProvider => timeProvider;

    /// <summary>Looks a session up.</summary>
    public bool TryGet(string id, out McpHttpSession session) => _sessions.TryGetValue(id, out session!);

    /// <summary>Creates and starts a session for <paramref name="user"/>.</summary>
    /// <returns>The session, or <see langword="null"/> when the cap is reached and every session is in use.</returns>
    public async Task<McpHttpSession?> CreateAsync(SessionUser? user, CancellationToken cancellationToken)
    {
        await _admission.WaitAsync(cancellationToken);
        try
        {
            while (_sessions.Count >= httpOptions.Value.MaxSessions)
            {
                var oldestIdle = _sessions.Values.Where(s => !s.IsActive).MinBy(s => s.LastActivity);
                if (oldestIdle is null)
                {
                    return null;
                }

                // Synchronously, so sessions cannot be created faster than they are freed.
                await RemoveAsync(oldestIdle.Id);
            }

            var transport = new StreamableHttpServerTransport(loggerFactory)
            {
                SessionId = NewId(),
                FlowExecutionContextFromRequests = true,
            };
            var session = new McpHttpSession(transport.SessionId, user, transport, timeProvider.GetTimestamp());
            session.Start(McpServer.Create(transport, serverOptions.Value, loggerFactory, services));
            _sessions[session.Id] = session;
            LogSessionCreated(session.Id);
            return session;
        }
        finally
        {
            _admission.Release();
        }
    }

    /// <summary>Ends a session.</summary>
    /// <returns><see langword="false"/> when no such session exists.</returns>
    public async Task<bool> RemoveAsync(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        LogSessionEnded(id);
        return true;
    }

    /// <summary>Ends every session idle for longer than the idle timeout.</summary>
    /// <returns>How many sessions were ended.</returns>
    public async Task<int> PruneIdleAsync()
    {
        var timeout = httpOptions.Value.IdleTimeout;
        var expired = _sessions.Values
            .Where(s => !s.IsActive && timeProvider.GetElapsedTime(s.LastActivity) > timeout)
            .Select(s => s.Id)
            .ToList();
        foreach (var id in expired)
        {
            await RemoveAsync(id);
        }

        return expired.Count;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var id in _sessions.Keys.ToList())
        {
            await RemoveAsync(id);
        }

        _admission.Dispose();
    }

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    [LoggerMessage(3100, LogLevel.Debug, "MCP session {SessionId} created")]
    private partial void LogSessionCreated(string sessionId);

    [LoggerMessage(3101, LogLevel.Debug, "MCP session {SessionId} ended")]
    private partial void LogSessionEnded(string sessionId);
}
