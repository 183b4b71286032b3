using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Server.Http;

/// <summary>The request pipeline: request logging, authentication, our gate, then the SDK's MCP endpoint and our two extra routes.</summary>
internal static class McpEndpointMapping
{
    /// <summary>Adds the middleware and maps every route.</summary>
    /// <param name="app">The application.</param>
    public static void MapIntacctMcp(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<HttpServerOptions>>().Value;
        var authentication = app.Services.GetRequiredService<IOptions<CallerAuthenticationOptions>>().Value;

        app.UseServerRequestLogging();
        if (authentication.IsConfigured)
        {
            app.UseAuthentication();
        }

        app.UseMiddleware<McpRequestGate>();
        app.MapMcp(options.Path);

        app.MapGet("/healthz", static context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"status":"ok"}""");
        });

        RequestDelegate metadata = context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(ProtectedResource.Metadata(context.Request, authentication, options.Path).ToJsonString(), context.RequestAborted);
        };
        app.MapGet(ProtectedResource.MetadataPath, metadata);
        app.MapGet(ProtectedResource.MetadataPath + options.Path, metadata);
    }
}
