using System.Text.Json;
using IntacctMcp.Server.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Server.Http;

/// <summary>
/// What this product checks before the SDK's <c>MapMcp</c> endpoint runs: the <c>Origin</c> (403), the caller (401),
/// the content type (415), the body size (413) and whether the body is JSON at all (400 with <c>-32700</c>).
/// </summary>
/// <remarks>
/// The SDK answers the rest itself: <c>Accept</c> (406), protocol-version headers (400 with <c>-32022</c>), sessions (404/403), and a body that is JSON but not
/// one JSON-RPC message (400 with <c>-32600</c>). It cannot tell "not JSON" from "not a message", so the first is
/// answered here; the body is read once and handed on from memory, within <c>Http:MaxRequestBodyBytes</c>.
/// </remarks>
internal sealed class McpRequestGate(
    RequestDelegate next,
    IOptions<HttpServerOptions> httpOptions,
    IOptions<CallerAuthenticationOptions> authenticationOptions)
{
    private readonly HttpServerOptions _options = httpOptions.Value;
    private readonly CallerAuthenticationOptions _authentication = authenticationOptions.Value;
    private readonly IReadOnlyList<string> _allowedOrigins = httpOptions.Value.EffectiveAllowedOrigins;

    /// <summary>Runs the checks for requests to the MCP path; every other path passes untouched.</summary>
    /// <param name="context">The request.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.Equals(_options.Path, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        if (!RequestGuards.IsOriginAllowed(context.Request, _allowedOrigins))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status403Forbidden, JsonRpcHttpErrors.ServerError, "Forbidden: the request's Origin is not allowed (Http:AllowedOrigins).");
            return;
        }

        if (_authentication.IsConfigured && !CallerAuthentication.IsAuthenticated(context))
        {
            var reason = CallerAuthentication.Challenge(context, _authentication);
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, JsonRpcHttpErrors.ServerError, reason);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (!RequestGuards.HasJsonContentType(context.Request))
            {
                // The SDK would fail reading a body without a JSON content type (500 when none is given).
                await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, JsonRpcHttpErrors.ServerError, "Unsupported Media Type: the body must be application/json.");
                return;
            }

            if (!await BufferJsonBodyAsync(context))
            {
                return;
            }
        }

        await next(context);
    }

    private static bool IsJson(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<bool> BufferJsonBodyAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context);
            return false;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        try
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteTooLargeAsync(context);
            return false;
        }

        if (buffer.Length > limit)
        {
            await WriteTooLargeAsync(context);
            return false;
        }

        if (!IsJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            await JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status400BadRequest, JsonRpcHttpErrors.ParseError, "Parse error: the request body is not valid JSON.");
            return false;
        }

        // The SDK reads the body again: hand it the bytes already read (the original stream is spent).
        request.Body = new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false);
        return true;
    }

    private Task WriteTooLargeAsync(HttpContext context) =>
        JsonRpcHttpErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, JsonRpcHttpErrors.ServerError, $"The request body is larger than {_options.MaxRequestBodyBytes} bytes (Http:MaxRequestBodyBytes).");
}
