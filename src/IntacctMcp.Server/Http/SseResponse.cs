using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntacctMcp.Server.Http;

/// <summary>Starts an SSE response that nothing between us and the client may buffer.</summary>
internal static class SseResponse
{
    /// <summary>Sets the SSE and anti-buffering headers and turns response buffering off.</summary>
    public static void Start(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentType = "text/event-stream";
        headers.CacheControl = "no-cache,no-store";

        // identity stops response-compression middleware; X-Accel-Buffering stops nginx's proxy buffering.
        headers.ContentEncoding = "identity";
        headers["X-Accel-Buffering"] = "no";
        context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
    }
}
