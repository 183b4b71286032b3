using System.Net;
using System.Text.RegularExpressions;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Sandbox;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>Signs a regular user in to the sandbox the way <c>intacct-mcp login</c> does, the test playing the browser (the redirect is read, not followed).</summary>
internal static partial class SandboxSignIn
{
    private static readonly Uri RedirectUri = new("http://127.0.0.1:53682/callback");

    /// <summary>The options of a regular-user company on the sandbox's public client.</summary>
    public static void Configure(IntacctCompanyOptions options, SandboxServer server)
    {
        options.Flow = IntacctFlows.AuthorizationCode;
        options.ClientId = SandboxDemo.PublicClientId;
        options.ClientSecret = string.Empty;
        options.Username = string.Empty;
        options.BaseUrl = server.ApiBaseUrl.ToString().TrimEnd('/');
    }

    /// <summary>Signs <paramref name="user"/> in and returns the sign-in to store (bound to the options' fingerprint).</summary>
    public static async Task<IntacctStoredToken> SignInAsync(SandboxServer server, string user = SandboxDemo.RegularUserId)
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new IntacctCompanyOptions();
        Configure(options, server);
        var pkce = IntacctPkce.Create();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var html = await http.GetStringAsync(IntacctSignIn.AuthorizeUri(options, RedirectUri, pkce), ct);
        var fields = Inputs().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);
        fields["user_id"] = user;
        fields["decision"] = "allow";
        using var answer = await http.PostAsync(WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value), new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        var code = answer.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "code")[1];
        return await new IntacctSignIn(http, TimeProvider.System).ExchangeCodeAsync(ClientHarness.Company, options, Uri.UnescapeDataString(code), RedirectUri, pkce, ct);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"(?:hidden|text)\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex Inputs();
}
