using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>
/// A loopback Kestrel endpoint that drops the connection (<see cref="HttpContext.Abort"/>) for its first
/// <c>drops</c> requests, optionally after committing them, then answers <c>201 answer</c>. It exists because
/// WireMock.Net 1.25's faults (EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK) still send a framed response and its
/// callbacks cannot reach the connection, so "Sage committed, then the connection died" cannot be scripted there.
/// Commits honour Idempotency-Key the way Sage does: a key already committed is not committed again.
/// </summary>
internal sealed class DroppingPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Method, string Path, string? IdempotencyKey)> _requests = new();
    private readonly ConcurrentDictionary<string, bool> _committedKeys = new();
    private int _drops;
    private int _recordsCreated;

    private DroppingPeer(WebApplication app, int drops)
    {
        _app = app;
        _drops = drops;
    }

    /// <summary>Gets the API base URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Gets how many records were committed (one per distinct Idempotency-Key, one per request without one).</summary>
    public int RecordsCreated => Volatile.Read(ref _recordsCreated);

    /// <summary>Gets the API requests received (token requests excluded), in arrival order.</summary>
    public IReadOnlyList<(string Method, string Path, string? IdempotencyKey)> Requests => [.. _requests];

    /// <summary>Starts the peer: the first <paramref name="drops"/> API requests are dropped (after committing when <paramref name="commit"/>), later ones get 201 <paramref name="answer"/>.</summary>
    public static async Task<DroppingPeer> StartAsync(int drops, bool commit, string answer, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var peer = new DroppingPeer(app, drops);
        app.Run(async context =>
        {
            context.Response.ContentType = "application/json";
            if (context.Request.Path.Value!.EndsWith("/oauth2/token", StringComparison.Ordinal))
            {
                await context.Response.WriteAsync("""{"token_type":"Bearer","access_token":"dropping-token","expires_in":43200}""");
                return;
            }

            var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
            peer._requests.Enqueue((context.Request.Method, context.Request.Path.Value ?? string.Empty, key));
            if (commit && (key is null || peer._committedKeys.TryAdd(key, true)))
            {
                Interlocked.Increment(ref peer._recordsCreated);
            }

            if (Interlocked.Decrement(ref peer._drops) >= 0)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = 201;
            await context.Response.WriteAsync(answer);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        peer.BaseUrl = new Uri(address.TrimEnd('/') + "/ia/api/v1");
        return peer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
