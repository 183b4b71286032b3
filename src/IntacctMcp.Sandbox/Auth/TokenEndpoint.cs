using System.Text.Json;
using IntacctMcp.Sandbox.Api;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// <c>POST /ia/api/v1/oauth2/token</c>, client-credentials grant, form or JSON body. Failures use the
/// <c>{"error": {...}}</c> shape with the codes of reference §1.7. Counted, never rate limited.
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
            return Fail(400, "invalid_request", "The request body must be application/x-www-form-urlencoded or JSON.", "GW-0031");
        }

        var username = fields.GetValueOrDefault("username");
        var company = FindCompany(state, username, out var userId, out var entityId);
        company?.Counters.CountTokenRequest();
        if (company is not null && company.Faults.TakeTokenFailure())
        {
            return Fail(503, "temporarily_unavailable", "The authorization server is temporarily unavailable.", "GW-0010");
        }

        var grantType = fields.GetValueOrDefault("grant_type");
        if (string.IsNullOrEmpty(grantType))
        {
            return Fail(400, "invalid_request", "The grant_type parameter is missing.", "GW-0031");
        }

        if (!string.Equals(grantType, "client_credentials", StringComparison.Ordinal))
        {
            return Fail(400, "unsupported_grant_type", $"The grant type '{grantType}' is not supported by this client.", "GW-0032");
        }

        var clientId = fields.GetValueOrDefault("client_id");
        var clientSecret = fields.GetValueOrDefault("client_secret");
        if (clientId is null || clientSecret is null || !state.Clients.TryGetValue(clientId, out var secret) ||
            !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(clientSecret)))
        {
            return Fail(401, "invalid_client", "Client ID, client secret and/or third-party application are incorrect.", "REST-1216");
        }

        if (string.IsNullOrEmpty(username) || userId is null)
        {
            return Fail(400, "invalid_request", "The username parameter is missing or not in the form userId@companyId.", "GW-0031");
        }

        if (company is null)
        {
            return Fail(400, "invalid_grant", "Invalid company: the company ID after '@' does not exist. Use the Company ID, not the company name.", "GW-0033");
        }

        if (!company.WebServicesEnabled)
        {
            return Fail(400, "invalid_grant", "The provided credentials are invalid.", "GW-0037");
        }

        if (!company.AuthorizedClientIds.Contains(clientId))
        {
            return Fail(400, "unauthorized_client",
                "Invalid sender ID: the client application is not authorized for this company. Add it under Company > Setup > Company > Security > Authorized client applications.",
                "GW-0011");
        }

        if (!string.Equals(userId, company.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(400, "invalid_grant", "Invalid user: the user does not exist in this company or is not a Web Services user.", "GW-0034");
        }

        if (entityId is not null && company.Data[Model.SandboxObjects.Entity].ById(entityId) is null)
        {
            return Fail(400, "invalid_grant", $"Invalid entity: '{entityId}' is not an entity of this company.", "GW-0036");
        }

        var lifetime = state.Options.TokenLifetimeSeconds;
        var (token, _) = state.Tokens.Issue(company, company.UserId, entityId, clientId, lifetime);
        return ApiResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("token_type", "Bearer");
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", lifetime);
            w.WriteEndObject();
        }, [new("Cache-Control", "no-store")]);
    }

    private static SandboxCompany? FindCompany(SandboxState state, string? username, out string? userId, out string? entityId)
    {
        userId = null;
        entityId = null;
        if (username is null)
        {
            return null;
        }

        var at = username.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        userId = username[..at];
        var companyPart = username[(at + 1)..];
        var bar = companyPart.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            entityId = companyPart[(bar + 1)..];
            companyPart = companyPart[..bar];
        }

        return state.Companies.GetValueOrDefault(companyPart);
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

    private static ApiResponse Fail(int status, string code, string message, string errorId) =>
        new SageError(status, code, message, errorId).ToGatewayResponse([new("Cache-Control", "no-store")]);
}
