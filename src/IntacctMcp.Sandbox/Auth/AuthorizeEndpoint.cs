using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// <c>GET|POST /ia/api/v1/oauth2/authorize</c>, the browser step of the authorization-code flow (reference §1.1, §1.4):
/// GET shows the consent page, POST signs the person in and redirects back with a code (or an error).
/// </summary>
internal static class AuthorizeEndpoint
{
    public static Task GetAsync(HttpContext context, SandboxState state)
    {
        var request = AuthorizeRequest.From(name => Value(context.Request.Query[name]));
        var response = Check(request, state) ?? ConsentPage.Form(Action(context), request, SandboxDemo.CompanyId, SandboxDemo.RegularUserId, null, null);
        return response.WriteAsync(context.Response, context.RequestAborted);
    }

    public static async Task PostAsync(HttpContext context, SandboxState state)
    {
        if (!context.Request.HasFormContentType)
        {
            await ConsentPage.Error("The consent form must be posted as application/x-www-form-urlencoded.").WriteAsync(context.Response, context.RequestAborted);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = AuthorizeRequest.From(name => Value(form[name]));
        var response = Check(request, state) ?? Decide(context, state, request, form);
        await response.WriteAsync(context.Response, context.RequestAborted);
    }

    private static ApiResponse Decide(HttpContext context, SandboxState state, AuthorizeRequest request, IFormCollection form)
    {
        var companyId = Value(form["company_id"])?.Trim() ?? string.Empty;
        var userId = Value(form["user_id"])?.Trim() ?? string.Empty;
        var entityId = Value(form["entity_id"])?.Trim() is { Length: > 0 } entity ? entity : null;
        var decision = Value(form["decision"]);
        if (string.Equals(decision, "deny", StringComparison.Ordinal))
        {
            return Redirect(request.RedirectWith(("error", "access_denied"), ("error_description", "The user denied the request.")));
        }

        if (!string.Equals(decision, "allow", StringComparison.Ordinal))
        {
            return ConsentPage.Form(Action(context), request, companyId, userId, entityId, "Choose Allow or Deny.");
        }

        var error = SignInError(state, request.ClientId!, companyId, userId, entityId, out var company, out var user);
        if (error is not null)
        {
            return ConsentPage.Form(Action(context), request, companyId, userId, entityId, error);
        }

        var code = state.Codes.Issue(new AuthorizationGrant(
            company!, user!, entityId, request.ClientId!, request.RedirectUri!, request.CodeChallenge, request.Scope ?? string.Empty, default));
        return Redirect(request.RedirectWith(("code", code)));
    }

    private static string? SignInError(
        SandboxState state, string clientId, string companyId, string userId, string? entityId, out SandboxCompany? company, out string? user)
    {
        user = null;
        if (!state.Companies.TryGetValue(companyId, out company))
        {
            return $"Unknown company '{companyId}': enter the Company ID you sign in to Sage with.";
        }

        if (!company.RegularUsers.TryGetValue(userId, out user))
        {
            return string.Equals(userId, company.UserId, StringComparison.OrdinalIgnoreCase)
                ? $"'{userId}' is a Web Services user and cannot sign in in the browser: sign in as a person."
                : $"Unknown user '{userId}' in company '{company.Id}'.";
        }

        if (!company.AuthorizedClientIds.Contains(clientId))
        {
            return $"The application '{clientId}' is not authorized for company '{company.Id}': add it under Company > Setup > Company > Security > Authorized client applications.";
        }

        return entityId is not null && company.Data[Model.SandboxObjects.Entity].ById(entityId) is null
            ? $"Unknown entity '{entityId}' in company '{company.Id}'."
            : null;
    }

    /// <summary>The answer to a request that must not go on: an error page, or a redirect with the error; null when it may.</summary>
    private static ApiResponse? Check(AuthorizeRequest request, SandboxState state)
    {
        if (request.Unredirectable(state) is { } reason)
        {
            return ConsentPage.Error(reason);
        }

        return request.Invalid(state) is var (error, description)
            ? Redirect(request.RedirectWith(("error", error), ("error_description", description)))
            : null;
    }

    private static ApiResponse Redirect(string location) => new(302, null, [new("Location", location), new("Cache-Control", "no-store")]);

    private static string Action(HttpContext context) =>
        context.Request.Scheme + "://" + context.Request.Host + SandboxPaths.ApiPrefix + "/oauth2/authorize";

    private static string? Value(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values[0];
}
