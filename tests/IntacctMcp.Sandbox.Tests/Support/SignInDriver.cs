using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Support;

/// <summary>
/// Plays the browser and the client of the authorization-code flow against a sandbox: reads the consent page's form,
/// submits it without following redirects, and calls the token and revoke endpoints.
/// </summary>
internal sealed partial class SignInDriver : IDisposable
{
    public const string RedirectUri = "http://127.0.0.1:53682/callback";

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly SandboxClient _api;

    public SignInDriver(SandboxServer server)
    {
        Server = server;
        _api = SandboxClient.Anonymous(server);
    }

    public SandboxServer Server { get; }

    /// <summary>Gets a fresh PKCE verifier per driver (RFC 7636: 43–128 unreserved characters).</summary>
    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public string AuthorizeUrl(
        string clientId = SandboxDemo.PublicClientId, string? state = "st-123", string? scope = "offline_access",
        string redirectUri = RedirectUri, string? challenge = "", string? method = "S256", string responseType = "code")
    {
        var parameters = new List<(string, string?)>
        {
            ("response_type", responseType), ("client_id", clientId), ("redirect_uri", redirectUri), ("state", state), ("scope", scope),
            ("code_challenge", challenge == string.Empty ? Challenge(Verifier) : challenge), ("code_challenge_method", method),
        };
        return Server.ApiBaseUrl + "/oauth2/authorize?" + string.Join('&', parameters.Where(p => p.Item2 is not null)
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Submits the page's form as a person would: its inputs as rendered, with <paramref name="changes"/> typed over them.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string html, string decision = "allow", IDictionary<string, string>? changes = null)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = Inputs().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        fields["decision"] = decision;
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>Signs in through the page and returns the redirect's query parameters (code and state, or error).</summary>
    public async Task<IReadOnlyDictionary<string, string>> SignInAsync(string url, string decision = "allow", IDictionary<string, string>? changes = null)
    {
        using var page = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var answer = await SubmitAsync(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), decision, changes);
        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        return CallbackParameters(answer.Headers.Location!);
    }

    /// <summary>Signs the demo user in with the public client and PKCE and returns the code.</summary>
    public async Task<string> CodeAsync(string clientId = SandboxDemo.PublicClientId, IDictionary<string, string>? changes = null, string? scope = "offline_access") =>
        (await SignInAsync(AuthorizeUrl(clientId, scope: scope), changes: changes))["code"];

    public Task<ApiResult> ExchangeAsync(
        string code, string? verifier = null, string clientId = SandboxDemo.PublicClientId, string? secret = null, string redirectUri = RedirectUri) =>
        TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["code_verifier"] = verifier ?? Verifier,
        });

    /// <summary>Signs in and exchanges the code: the token response.</summary>
    public async Task<JsonNode> TokensAsync(string user = SandboxDemo.RegularUserId)
    {
        var result = await ExchangeAsync(await CodeAsync(changes: new Dictionary<string, string> { ["user_id"] = user }));
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.Body!;
    }

    public Task<ApiResult> RefreshAsync(string refreshToken, string clientId = SandboxDemo.PublicClientId, string? secret = null) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = clientId, ["client_secret"] = secret });

    public async Task<HttpStatusCode> RevokeAsync(string token)
    {
        using var response = await _http.PostAsync(
            Server.ApiBaseUrl + "/oauth2/revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>Calls the API with an access token.</summary>
    public static async Task<ApiResult> CallAsync(SandboxServer server, string accessToken, string path = "objects/accounts-payable/vendor")
    {
        using var client = SandboxClient.Anonymous(server);
        client.UseToken(accessToken);
        return await client.GetAsync(path);
    }

    public static Dictionary<string, string> CallbackParameters(Uri location) =>
        location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty), StringComparer.Ordinal);

    public static JsonNode Claims(string jwt) =>
        JsonNode.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1].Replace('-', '+').Replace('_', '/'))))!;

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
    }

    private Task<ApiResult> TokenAsync(Dictionary<string, string?> form) =>
        _api.SendAsync(HttpMethod.Post, "oauth2/token", new FormUrlEncodedContent(
            form.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!))));

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"(?:hidden|text)\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex Inputs();
}
