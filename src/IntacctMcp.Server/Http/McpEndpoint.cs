using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntacctMcp.Server.Http.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Http;

/// <summary>
/// The Streamable HTTP endpoint: POST (one JSON-RPC message, answered as SSE), GET (a stateful session's unsolicited
/// stream) and DELETE (end a session). Stateless by default; per-request-era (<c>2026-07-28</c>) requests are always
/// served statelessly.
/// </summary>
internal sealed partial class McpEndpoint(
    IOptions<HttpServerOptions> httpOptions,
    IOptionsFactory<McpServerOptions> serverOptionsFactory,
    McpSessionStore sessions,
    McpStreamEndpoint streams,
    ILoggerFactory loggerFactory)
{
    private static readonly JsonTypeInfo<JsonRpcMessage> MessageType =
        (JsonTypeInfo<JsonRpcMessage>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    private readonly HttpServerOptions _options = httpOptions.Value;
    private readonly ILogger _logger = loggerFactory.CreateLogger<McpEndpoint>();
    private readonly Lazy<McpServerOptions> _statelessOptions = new(() =>
    {
        // A copy, never the shared singleton: stateless servers use the HTTP request's scope instead of their own.
        var options = serverOptionsFactory.Create(Options.DefaultName);
        options.ScopeRequests = false;
        return options;
    });

    /// <summary>Handles a POST.</summary>
    public async Task PostAsync(HttpContext context)
    {
        if (!await McpRequestPreamble.PassAsync(context, _options))
        {
            return;
        }

        var message = await ReadMessageAsync(context);
        if (message is null)
        {
            return;
        }

        var request = context.Request;
        var id = (message as JsonRpcRequest)?.Id;
        var protocolVersion = HeaderOrNull(request, McpHttpHeaders.ProtocolVersion);
        var problem = McpRequestValidation.Check(message, protocolVersion, HeaderOrNull(request, McpHttpHeaders.Method), HeaderOrNull(request, McpHttpHeaders.Name));
        if (problem is not null)
        {
            await JsonRpcHttpErrors.WriteAsync(context, problem, id);
            return;
        }

        message.Context ??= new JsonRpcMessageContext();
        message.Context.ProtocolVersion = protocolVersion;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            message.Context.User = context.User;
        }

        var perRequest = ProtocolVersions.IsPerRequest(protocolVersion);
        if (perRequest || !_options.Stateful)
        {
            if (!perRequest && request.Headers.ContainsKey(McpHttpHeaders.SessionId))
            {
                await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.ServerError, $"The {McpHttpHeaders.SessionId} header is not supported: this server is stateless (start it with --stateful for sessions).", id);
                return;
            }

            await ServeStatelessAsync(context, message, perRequest);
            return;
        }

        await ServeStatefulAsync(context, message, id);
    }

    /// <summary>Handles a GET.</summary>
    public Task GetAsync(HttpContext context) => streams.GetAsync(context);

    /// <summary>Handles a DELETE.</summary>
    public Task DeleteAsync(HttpContext context) => streams.DeleteAsync(context);

    private static string? HeaderOrNull(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    private async Task<JsonRpcMessage?> ReadMessageAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > _options.MaxRequestBodyBytes)
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, JsonRpcHttpErrors.ServerError, $"The request body is larger than {_options.MaxRequestBodyBytes} bytes.");
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = _options.MaxRequestBodyBytes;
        }

        if (!RequestGuards.AcceptsJsonAndEventStream(request))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status406NotAcceptable, JsonRpcHttpErrors.ServerError, "Not Acceptable: the client must accept both application/json and text/event-stream.");
            return null;
        }

        if (!RequestGuards.HasJsonContentType(request))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, JsonRpcHttpErrors.ServerError, "Unsupported Media Type: the body must be application/json.");
            return null;
        }

        try
        {
            var message = await JsonSerializer.DeserializeAsync(request.Body, MessageType, context.RequestAborted);
            if (message is not null)
            {
                return message;
            }
        }
        catch (JsonException)
        {
            // Answered below: malformed JSON, an array (batches are not supported) or an invalid message.
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, JsonRpcHttpErrors.ServerError, $"The request body is larger than {_options.MaxRequestBodyBytes} bytes.");
            return null;
        }

        await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status400BadRequest, (int)McpErrorCode.InvalidRequest, "Invalid Request: the body must be one JSON-RPC 2.0 message.");
        return null;
    }

    private async Task ServeStatelessAsync(HttpContext context, JsonRpcMessage message, bool perRequest)
    {
        var transport = new StreamableHttpServerTransport(loggerFactory) { Stateless = true };
        await using var server = McpServer.Create(transport, _statelessOptions.Value, loggerFactory, context.RequestServices);
        using var closed = new CancellationTokenSource();
        var run = server.RunAsync(closed.Token);
        context.Features.Set(server);
        try
        {
            await HandlePostAsync(context, transport, message, perRequest ? first => SetStatusFromFirstMessage(context, first) : null);
        }
        finally
        {
            // The server (and the request scope its handlers use) must outlive every handler: finish before returning.
            await transport.DisposeAsync();
            await closed.CancelAsync();
            await AwaitRunAsync(run);
        }
    }

    private async Task ServeStatefulAsync(HttpContext context, JsonRpcMessage message, RequestId? id)
    {
        var user = SessionUser.From(context.User);
        McpHttpSession? session;
        var sessionId = HeaderOrNull(context.Request, McpHttpHeaders.SessionId);
        if (sessionId is null)
        {
            if (message is not JsonRpcRequest { Method: RequestMethods.Initialize })
            {
                await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.ServerError, $"Bad Request: a new session can only be created by an initialize request; send the {McpHttpHeaders.SessionId} of an existing session.", id);
                return;
            }

            session = await sessions.CreateAsync(user, context.RequestAborted);
            if (session is null)
            {
                await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, JsonRpcHttpErrors.ServerError, "Too many active sessions; try again later.", id);
                return;
            }
        }
        else
        {
            session = await McpStreamEndpoint.FindSessionAsync(context, sessions, sessionId, user, id);
            if (session is null)
            {
                return;
            }
        }

        context.Response.Headers[McpHttpHeaders.SessionId] = session.Id;
        if (session.Server is { } server)
        {
            context.Features.Set(server);
        }

        using var reference = session.Acquire(sessions.TimeProvider);
        await HandlePostAsync(context, session.Transport, message, onResponseStarting: null);
    }

    private async Task HandlePostAsync(HttpContext context, StreamableHttpServerTransport transport, JsonRpcMessage message, Func<JsonRpcMessage?, ValueTask>? onResponseStarting)
    {
        SseResponse.Start(context);
        try
        {
            var wrote = onResponseStarting is null
                ? await transport.HandlePostRequestAsync(message, context.Response.Body, context.RequestAborted)
                : await transport.HandlePostRequestAsync(message, context.Response.Body, onResponseStarting, context.RequestAborted);
            if (!wrote && !context.Response.HasStarted)
            {
                // A notification or a client response: nothing to answer.
                context.Response.Headers.ContentType = default;
                context.Response.Headers.ContentEncoding = default;
                context.Response.StatusCode = StatusCodes.Status202Accepted;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogClientDisconnected();
        }
    }

    private static ValueTask SetStatusFromFirstMessage(HttpContext context, JsonRpcMessage? first)
    {
        // Per-request-era clients read some JSON-RPC errors from the status line too.
        if (first is JsonRpcError error && !context.Response.HasStarted)
        {
            context.Response.StatusCode = error.Error.Code switch
            {
                (int)McpErrorCode.MethodNotFound => StatusCodes.Status404NotFound,
                (int)McpErrorCode.HeaderMismatch or (int)McpErrorCode.MissingRequiredClientCapability or (int)McpErrorCode.UnsupportedProtocolVersion => StatusCodes.Status400BadRequest,
                _ => context.Response.StatusCode,
            };
        }

        return ValueTask.CompletedTask;
    }

    private static async Task AwaitRunAsync(Task run)
    {
        try
        {
            await run;
        }
        catch (OperationCanceledException)
        {
            // The run loop ends by cancellation once the request is answered.
        }
    }

    [LoggerMessage(3000, LogLevel.Debug, "The client disconnected before its MCP request was answered")]
    private partial void LogClientDisconnected();
}
