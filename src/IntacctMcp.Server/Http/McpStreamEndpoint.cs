using IntacctMcp.Server.Http.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Http;

/// <summary>GET (a session's unsolicited SSE stream) and DELETE (end a session): stateful, initialize-era only.</summary>
internal sealed class McpStreamEndpoint(IOptions<HttpServerOptions> httpOptions, McpSessionStore sessions, IHostApplicationLifetime lifetime)
{
    private readonly HttpServerOptions _options = httpOptions.Value;

    /// <summary>Looks up the session of a request; answers 404 (unknown) or 403 (another user) itself.</summary>
    /// <returns>The session, or <see langword="null"/> when an error was written.</returns>
    public static async Task<McpHttpSession?> FindSessionAsync(HttpContext context, McpSessionStore sessions, string sessionId, SessionUser? user, RequestId? id)
    {
        if (!sessions.TryGet(sessionId, out var session))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status404NotFound, JsonRpcHttpErrors.SessionNotFound, "Session not found", id);
            return null;
        }

        if (session.User != user)
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status403Forbidden, JsonRpcHttpErrors.ServerError, "Forbidden: The currently authenticated user does not match the user who initiated the session.", id);
            return null;
        }

        return session;
    }

    /// <summary>Handles a GET.</summary>
    public async Task GetAsync(HttpContext context)
    {
        var session = await PrepareAsync(context);
        if (session is null)
        {
            return;
        }

        if (!RequestGuards.AcceptsEventStream(context.Request))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status406NotAcceptable, JsonRpcHttpErrors.ServerError, "Not Acceptable: the client must accept text/event-stream.");
            return;
        }

        if (!session.TryStartGet())
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status400BadRequest, JsonRpcHttpErrors.ServerError, "Bad Request: this session already has an open GET stream.");
            return;
        }

        try
        {
            // Shutdown must not wait for open streams.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            using var reference = session.Acquire(sessions.TimeProvider);
            context.Response.Headers[McpHttpHeaders.SessionId] = session.Id;
            SseResponse.Start(context);
            await context.Response.Body.FlushAsync(stop.Token);
            await session.Transport.HandleGetRequestAsync(context.Response.Body, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The client left or the server is stopping.
        }
        finally
        {
            session.EndGet();
        }
    }

    /// <summary>Handles a DELETE.</summary>
    public async Task DeleteAsync(HttpContext context)
    {
        var session = await PrepareAsync(context);
        if (session is not null)
        {
            await sessions.RemoveAsync(session.Id);
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    private async Task<McpHttpSession?> PrepareAsync(HttpContext context)
    {
        if (!await McpRequestPreamble.PassAsync(context, _options))
        {
            return null;
        }

        var version = context.Request.Headers[McpHttpHeaders.ProtocolVersion].ToString();
        if (version.Length > 0 && !ProtocolVersions.IsSupported(version))
        {
            await JsonRpcHttpErrors.WriteAsync(context, McpRequestProblem.UnsupportedVersion(version, ProtocolVersions.All), id: null);
            return null;
        }

        if (!_options.Stateful || ProtocolVersions.IsPerRequest(version))
        {
            context.Response.Headers.Allow = "POST";
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, JsonRpcHttpErrors.ServerError, "Method Not Allowed: without a session, only POST is served.");
            return null;
        }

        var sessionId = context.Request.Headers[McpHttpHeaders.SessionId].ToString();
        if (sessionId.Length == 0)
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status400BadRequest, JsonRpcHttpErrors.ServerError, $"Bad Request: the {McpHttpHeaders.SessionId} header is required.");
            return null;
        }

        return await FindSessionAsync(context, sessions, sessionId, SessionUser.From(context.User), id: null);
    }
}
