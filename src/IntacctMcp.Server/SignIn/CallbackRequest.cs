using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntacctMcp.Server.SignIn;

/// <summary>The browser's request to the sign-in callback, held open until the page that ends the sign-in is sent, or the
/// callback address the person pasted into the terminal (then there is no page to send).</summary>
/// <param name="client">The connection, or <see langword="null"/> for a pasted address.</param>
/// <param name="query">The query parameters (<c>code</c>, <c>state</c>, <c>error</c>, ...). Secret: never logged.</param>
internal sealed class CallbackRequest(TcpClient? client, IReadOnlyDictionary<string, string> query) : IDisposable
{
    /// <summary>Gets the query parameters.</summary>
    public IReadOnlyDictionary<string, string> Query { get; } = query;

    /// <summary>Gets a query parameter, or <see langword="null"/> when absent or empty.</summary>
    public string? this[string name] => Query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Sends the page that tells the person the outcome.</summary>
    /// <param name="ok">Whether the sign-in succeeded.</param>
    /// <param name="text">What to say.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the page is sent.</returns>
    public async Task RespondAsync(bool ok, string text, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return;
        }

        try
        {
            await WriteAsync(client.GetStream(), ok ? 200 : 400, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The browser went away; the terminal still says what happened.
        }
    }

    /// <inheritdoc/>
    public void Dispose() => client?.Dispose();

    /// <summary>Writes a small complete HTML response and closes the exchange.</summary>
    internal static async Task WriteAsync(Stream stream, int status, string text, CancellationToken cancellationToken)
    {
        var html = $"<!doctype html><html><head><meta charset=\"utf-8\"><title>intacct-mcp sign-in</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>";
        var body = Encoding.UTF8.GetBytes(html);
        var reason = status switch { 200 => "OK", 404 => "Not Found", _ => "Bad Request" };
        var head = Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"));
        await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
