using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntacctMcp.Server.SignIn;

/// <summary>
/// The sign-in's redirect target: a minimal HTTP listener on <c>127.0.0.1</c> only (never another interface) that waits
/// for <c>GET /callback?…</c>, answers other paths (a browser's favicon request) with 404, and hands the query over.
/// </summary>
internal sealed class LoopbackCallback : IDisposable
{
    private const int MaxHeadBytes = 16 * 1024;

    private readonly TcpListener _listener;

    private LoopbackCallback(TcpListener listener)
    {
        _listener = listener;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Gets the port listened on.</summary>
    public int Port { get; }

    /// <summary>Gets the redirect URI to register and send: <c>http://127.0.0.1:&lt;port&gt;/callback</c>.</summary>
    public Uri RedirectUri => new($"http://127.0.0.1:{Port}/callback");

    /// <summary>Starts listening on 127.0.0.1.</summary>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <returns>The listener.</returns>
    /// <exception cref="SignInException">The port is in use or not allowed.</exception>
    public static LoopbackCallback Start(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            listener.Dispose();
            throw new SignInException(e.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? $"port {port} on 127.0.0.1 is in use, so the sign-in callback cannot listen there. Stop what uses it, pass another --port, or leave --port out to use a free one."
                : $"cannot listen on 127.0.0.1:{port} for the sign-in callback ({e.SocketErrorCode}). Pass another --port, or leave --port out to use a free one.");
        }

        return new LoopbackCallback(listener);
    }

    /// <summary>Waits for the callback request; other requests get 404 and the wait goes on.</summary>
    /// <param name="cancellationToken">Ends the wait (the timeout).</param>
    /// <returns>The request, to answer with <see cref="CallbackRequest.RespondAsync"/>.</returns>
    public async Task<CallbackRequest> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var target = await ReadTargetAsync(client.GetStream(), cancellationToken).ConfigureAwait(false);
                if (target is not null && Uri.TryCreate(new Uri("http://127.0.0.1/"), target, out var uri) && uri.AbsolutePath == "/callback")
                {
                    return new CallbackRequest(client, ParseQuery(uri.Query));
                }

                await CallbackRequest.WriteAsync(client.GetStream(), 404, "Not found.", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                // A dropped connection is not the callback; keep waiting.
            }

            client.Dispose();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _listener.Dispose();

    private static async Task<string?> ReadTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        using var headTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        headTimeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), headTimeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var head = Encoding.ASCII.GetString(buffer, 0, length);
        var firstLine = head.Split("\r\n", 2)[0].Split(' ');
        return firstLine is ["GET", var target, _] ? target : null;
    }

    /// <summary>Reads the callback address the person pastes (when the browser could not load it, e.g. on another machine).</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The request, or <see langword="null"/> when the input ends without one (no terminal: only the browser can answer).</returns>
    public static async Task<CallbackRequest?> ReadPastedAsync(TextReader input, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (Uri.TryCreate(line.Trim(), UriKind.Absolute, out var pasted) && pasted.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal))
            {
                return new CallbackRequest(null, ParseQuery(pasted.Query));
            }
        }

        return null;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            values.TryAdd(name, value);
        }

        return values;
    }
}
