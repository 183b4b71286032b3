using System.Net;
using System.Text;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Auth;

/// <summary>
/// The consent page of the sandbox's authorize endpoint: plain HTML, no JavaScript, so a test can read the form and
/// submit it with an HttpClient instead of a browser.
/// </summary>
internal static class ConsentPage
{
    private const string ContentType = "text/html; charset=utf-8";

    /// <summary>The sign-in form: the request's parameters hidden, company, user and entity to fill in, allow or deny.</summary>
    public static ApiResponse Form(string action, AuthorizeRequest request, string companyId, string userId, string? entityId, string? error)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><title>Sign in to Sage Intacct (sandbox)</title></head><body>");
        html.Append("<h1>Sign in to Sage Intacct (sandbox)</h1>");
        html.Append("<p>The application <b>").Append(Encode(request.ClientId)).Append("</b> asks to act as you in Sage Intacct.</p>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\">");
        foreach (var (name, value) in request.Parameters)
        {
            if (value is not null)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Encode(value)).Append("\">");
            }
        }

        Field(html, "company_id", "Company ID", companyId);
        Field(html, "user_id", "User ID", userId);
        Field(html, "entity_id", "Entity ID (optional)", entityId ?? string.Empty);
        html.Append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>");
        html.Append("</form></body></html>");
        return Html(200, html.ToString());
    }

    /// <summary>The 400 page for a request that cannot be redirected back to the client.</summary>
    public static ApiResponse Error(string reason) => Html(400,
        "<!DOCTYPE html><html><head><title>Sign-in request refused</title></head><body><h1>Sign-in request refused</h1><p>"
        + Encode(reason) + "</p></body></html>");

    private static void Field(StringBuilder html, string name, string label, string value) =>
        html.Append("<p><label>").Append(label).Append(" <input type=\"text\" name=\"").Append(name)
            .Append("\" value=\"").Append(Encode(value)).Append("\"></label></p>");

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static ApiResponse Html(int status, string html) =>
        new(status, Encoding.UTF8.GetBytes(html), [new("Cache-Control", "no-store")]) { ContentType = ContentType };
}
