using System.Text.Json.Nodes;
using IntacctMcp.Tools.Policy;
using Microsoft.AspNetCore.Http;

namespace IntacctMcp.Server.Auth;

/// <summary>The OAuth protected-resource metadata (RFC 9728) and the URLs that point to it.</summary>
internal static class ProtectedResource
{
    /// <summary>The well-known path of the metadata.</summary>
    public const string MetadataPath = "/.well-known/oauth-protected-resource";

    /// <summary>Gets this resource's identifier: the configured URL, else the request's origin and the MCP path.</summary>
    public static string ResourceUrl(HttpRequest request, CallerAuthenticationOptions options, string mcpPath) =>
        options.ResourceUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}{mcpPath}";

    /// <summary>Gets the URL of the metadata document.</summary>
    public static string MetadataUrl(HttpRequest request, CallerAuthenticationOptions options) =>
        options.ResourceUrl is { } configured && Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority) + MetadataPath
            : $"{request.Scheme}://{request.Host}{request.PathBase}{MetadataPath}";

    /// <summary>Builds the metadata document.</summary>
    public static JsonObject Metadata(HttpRequest request, CallerAuthenticationOptions options, string mcpPath)
    {
        var document = new JsonObject
        {
            ["resource"] = ResourceUrl(request, options, mcpPath),
            ["resource_name"] = "Sage Intacct MCP server",
            ["scopes_supported"] = new JsonArray(IntacctClaims.ReadScope, IntacctClaims.WriteScope),
            ["bearer_methods_supported"] = new JsonArray("header"),
        };

        var authorizationServer = options.Jwt.Authority ?? options.Jwt.Issuer;
        if (!string.IsNullOrWhiteSpace(authorizationServer))
        {
            document["authorization_servers"] = new JsonArray(authorizationServer);
        }

        return document;
    }
}
