using Microsoft.AspNetCore.Builder;
using Serilog;
using Serilog.Events;

namespace IntacctMcp.Server.Logging;

/// <summary>One line per HTTP request (Serilog.AspNetCore): method, path, status and time; never a body, query or header.</summary>
internal static class RequestLogging
{
    /// <summary>Adds the request-logging middleware.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    /// <remarks>
    /// Successful requests log at Debug (a busy server would otherwise write a line per tool call), refusals (4xx) at
    /// Information and failures at Error. The query string is left out because callers put tokens there by mistake; the
    /// <c>Authorization</c> header and bodies are never read by this middleware.
    /// </remarks>
    public static IApplicationBuilder UseServerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = (context, _, exception) => exception is not null || context.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : context.Response.StatusCode >= 400 ? LogEventLevel.Information : LogEventLevel.Debug;
        });
}
