using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Http.Sessions;

/// <summary>
/// One stateful session: its transport, server and run task, who opened it, and how many requests use it now
/// (a session in use is never pruned).
/// </summary>
internal sealed class McpHttpSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private readonly Lock _gate = new();
    private int _references;
    private long _lastActivity;
    private int _getStarted;
    private int _disposed;

    public McpHttpSession(string id, SessionUser? user, StreamableHttpServerTransport transport, long now)
    {
        Id = id;
        User = user;
        Transport = transport;
        _lastActivity = now;
    }

    /// <summary>Gets the session id (<c>Mcp-Session-Id</c>).</summary>
    public string Id { get; }

    /// <summary>Gets who opened the session, or <see langword="null"/> when it was opened unauthenticated.</summary>
    public SessionUser? User { get; }

    /// <summary>Gets the session's transport.</summary>
    public StreamableHttpServerTransport Transport { get; }

    /// <summary>Gets the session's server, once started.</summary>
    public McpServer? Server { get; private set; }

    /// <summary>Gets whether a request uses the session now.</summary>
    public bool IsActive
    {
        get
        {
            lock (_gate)
            {
                return _references > 0;
            }
        }
    }

    /// <summary>Gets the timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the last activity.</summary>
    public long LastActivity
    {
        get
        {
            lock (_gate)
            {
                return _lastActivity;
            }
        }
    }

    private Task? RunTask { get; set; }

    /// <summary>Starts the server's message loop; it runs until the session is disposed.</summary>
    public void Start(McpServer server)
    {
        Server = server;
        RunTask = server.RunAsync(_closed.Token);
    }

    /// <summary>Marks the session in use until the returned handle is disposed.</summary>
    public IDisposable Acquire(TimeProvider timeProvider)
    {
        lock (_gate)
        {
            _references++;
            _lastActivity = timeProvider.GetTimestamp();
        }

        return new Reference(this, timeProvider);
    }

    /// <summary>Claims the one unsolicited GET stream of the session.</summary>
    /// <returns><see langword="false"/> when a GET stream is already open.</returns>
    public bool TryStartGet() => Interlocked.CompareExchange(ref _getStarted, 1, 0) == 0;

    /// <summary>Releases the GET stream claim.</summary>
    public void EndGet() => Volatile.Write(ref _getStarted, 0);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Order matters: completing the transport ends the message loop gracefully and releases open streams; the
        // server is disposed last, after its in-flight handlers finished.
        try
        {
            await Transport.DisposeAsync();
            await _closed.CancelAsync();
            if (RunTask is not null)
            {
                await RunTask;
            }
        }
        catch (OperationCanceledException)
        {
            // The run loop ends by cancellation; that is the normal end of a session.
        }
        finally
        {
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }

            _closed.Dispose();
        }
    }

    private void Release(TimeProvider timeProvider)
    {
        lock (_gate)
        {
            _references--;
            _lastActivity = timeProvider.GetTimestamp();
        }
    }

    private sealed class Reference(McpHttpSession session, TimeProvider timeProvider) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                session.Release(timeProvider);
            }
        }
    }
}
