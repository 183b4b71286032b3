using IntacctMcp.Server.Http.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntacctMcp.Server.Http;

/// <summary>Maps the routes: the MCP endpoint, <c>/healthz</c> and the protected-resource metadata.</summary>
internal static class McpEndpointMapping
{
    /// <summary>Maps every route.</summary>
    public static void MapIntacctMcp(this IEndpointRouteBuilder app, HttpServerOptions options)
    {
        var endpoint = app.ServiceProvider.GetRequiredService<McpEndpoint>();
        app.MapPost(options.Path, endpoint.PostAsync);
        app.MapGet(options.Path, endpoint.GetAsync);
        app.MapDelete(options.Path, endpoint.DeleteAsync);

        app.MapGet("/healthz", static context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"status":"ok"}""");
        });

        RequestDelegate metadata = context => context.Response.WriteAsync(
            ProtectedResource.Metadata(context.Request, options).ToJsonString(),
            context.RequestAborted);
        app.MapGet(ProtectedResource.MetadataPath, WithJson(metadata));
        app.MapGet(ProtectedResource.MetadataPath + options.Path, WithJson(metadata));
    }

    private static RequestDelegate WithJson(RequestDelegate next) => context =>
    {
        context.Response.ContentType = "application/json";
        return next(context);
    };
}
