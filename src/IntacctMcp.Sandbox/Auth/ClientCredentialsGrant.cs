using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>The client-credentials grant (reference §1.3): a Web Services user, <c>username=userId@companyId[|entityId]</c>.</summary>
/// <remarks>It also answers a missing or unknown <c>grant_type</c>, after counting the request for the username's company.</remarks>
internal static class ClientCredentialsGrant
{
    public static ApiResponse Process(Dictionary<string, string> fields, SandboxState state)
    {
        var username = fields.GetValueOrDefault("username");
        var company = FindCompany(state, username, out var userId, out var entityId);
        company?.Counters.CountTokenRequest();
        if (company is not null && company.Faults.TakeTokenFailure())
        {
            return TokenReply.Unavailable();
        }

        var grantType = fields.GetValueOrDefault("grant_type");
        if (string.IsNullOrEmpty(grantType))
        {
            return TokenReply.Fail(400, "invalid_request", "The grant_type parameter is missing.", "GW-0031");
        }

        if (!string.Equals(grantType, "client_credentials", StringComparison.Ordinal))
        {
            return TokenReply.Fail(400, "unsupported_grant_type", $"The grant type '{grantType}' is not supported by this client.", "GW-0032");
        }

        var clientId = fields.GetValueOrDefault("client_id");
        var clientSecret = fields.GetValueOrDefault("client_secret");
        if (clientId is null || clientSecret is null || !state.Clients.TryGetValue(clientId, out var secret) ||
            !SecretHash.SameSecret(secret, clientSecret))
        {
            return TokenReply.InvalidClient();
        }

        if (string.IsNullOrEmpty(username) || userId is null)
        {
            return TokenReply.Fail(400, "invalid_request", "The username parameter is missing or not in the form userId@companyId.", "GW-0031");
        }

        if (company is null)
        {
            return TokenReply.Fail(400, "invalid_grant", "Invalid company: the company ID after '@' does not exist. Use the Company ID, not the company name.", "GW-0033");
        }

        if (!company.WebServicesEnabled)
        {
            return TokenReply.Fail(400, "invalid_grant", "The provided credentials are invalid.", "GW-0037");
        }

        if (!company.AuthorizedClientIds.Contains(clientId))
        {
            return TokenReply.Fail(400, "unauthorized_client",
                "Invalid sender ID: the client application is not authorized for this company. Add it under Company > Setup > Company > Security > Authorized client applications.",
                "GW-0011");
        }

        if (!string.Equals(userId, company.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return TokenReply.Fail(400, "invalid_grant", "Invalid user: the user does not exist in this company or is not a Web Services user.", "GW-0034");
        }

        if (entityId is not null && company.Data[Model.SandboxObjects.Entity].ById(entityId) is null)
        {
            return TokenReply.Fail(400, "invalid_grant", $"Invalid entity: '{entityId}' is not an entity of this company.", "GW-0036");
        }

        var lifetime = state.Options.TokenLifetimeSeconds;
        var (token, _) = state.Tokens.Issue(company, company.UserId, entityId, clientId, lifetime);
        return TokenReply.Success(token, lifetime);
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
}
