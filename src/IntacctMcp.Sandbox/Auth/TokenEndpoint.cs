using System.Text.Json;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// <c>POST /ia/api/v1/oauth2/token</c>, form or JSON body, dispatched by <c>grant_type</c> (client credentials, authorization
/// code, refresh token). Failures use the <c>{"error": {...}}</c> shape with the codes of reference §1.7. Counted, never rate limited.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task HandleAsync(HttpContext context, SandboxState state)
    {
        var response = await ProcessAsync(context, state);
        await response.WriteAsync(context.Response, context.RequestAborted);
    }

    private static async Task<ApiResponse> ProcessAsync(HttpContext context, SandboxState state)
    {
        var fields = await ReadFieldsAsync(context.Request);
        if (fields is null)
        {
            return TokenReply.Fail(400, "invalid_request", "The request body must be application/x-www-form-urlencoded or JSON.", "GW-0031");
        }

        return fields.GetValueOrDefault("grant_type") switch
        {
            "authorization_code" => AuthorizationCodeGrant.Process(fields, state),
            "refresh_token" => RefreshTokenGrant.Process(fields, state),
            _ => ClientCredentialsGrant.Process(fields, state),
        };
    }

    private static async Task<Dictionary<string, string>?> ReadFieldsAsync(HttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            return fields;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }

            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
