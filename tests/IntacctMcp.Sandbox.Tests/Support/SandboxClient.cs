using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Support;

/// <summary>A thin HTTP client for the sandbox: gets a token for the demo credentials, then sends JSON.</summary>
internal sealed class SandboxClient : IDisposable
{
    private readonly HttpClient _http;

    private SandboxClient(SandboxServer server)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = new Uri(server.ApiBaseUrl + "/") };
    }

    public SandboxServer Server { get; }

    public static async Task<SandboxClient> ConnectAsync(SandboxServer server, string username = SandboxDemo.Username)
    {
        var client = new SandboxClient(server);
        var token = await client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, username);
        client.UseToken(token.Body!["access_token"]!.GetValue<string>());
        return client;
    }

    public static SandboxClient Anonymous(SandboxServer server) => new(server);

    public void UseToken(string token) => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task<ApiResult> RequestTokenAsync(string clientId, string clientSecret, string username) =>
        SendAsync(HttpMethod.Post, "oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["username"] = username,
        }));

    public Task<ApiResult> QueryAsync(object query, string? entity = null) => PostAsync("services/core/query", query, entity);

    public Task<ApiResult> PostAsync(string path, object body, string? entity = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, Json(body), entity, headers);

    public Task<ApiResult> PatchAsync(string path, object body, string? entity = null) => SendAsync(HttpMethod.Patch, path, Json(body), entity);

    public Task<ApiResult> GetAsync(string path, string? entity = null) => SendAsync(HttpMethod.Get, path, null, entity);

    public Task<ApiResult> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<ApiResult> SendAsync(HttpMethod method, string path, HttpContent? content, string? entity = null, IDictionary<string, string>? headers = null) =>
        SendCoreAsync(method, path, content, entity, headers, TestContext.Current.CancellationToken);

    /// <summary>Posts and gives up when <paramref name="abandon"/> is cancelled: a client that goes away mid-request.</summary>
    public Task<ApiResult> PostAbandonedAsync(string path, object body, IDictionary<string, string> headers, CancellationTokenSource abandon) =>
        SendCoreAsync(HttpMethod.Post, path, Json(body), null, headers, abandon.Token);

    private async Task<ApiResult> SendCoreAsync(HttpMethod method, string path, HttpContent? content, string? entity, IDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (entity is not null)
        {
            request.Headers.Add("X-IA-API-Param-Entity", entity);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new ApiResult(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    public void Dispose() => _http.Dispose();

    private static StringContent Json(object body) =>
        new(body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
