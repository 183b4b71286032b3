using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Sends hand-made HTTP requests to the MCP endpoint, for input the SDK client would never produce.</summary>
internal sealed class RawMcpClient(Uri endpoint, string? apiKey) : IDisposable
{
    public const string ProtocolVersion = "2025-11-25";

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Sends one case: the defaults (Accept, Content-Type, protocol version, API key) with the case's overrides.</summary>
    public async Task<RawMcpResponse> SendAsync(JsonRpcCase c, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Accept"] = "application/json, text/event-stream",
            ["Content-Type"] = "application/json",
            ["MCP-Protocol-Version"] = ProtocolVersion,
            ["Authorization"] = apiKey is null ? null : "Bearer " + apiKey,
        };
        foreach (var (name, value) in c.Headers)
        {
            headers[name] = value;
        }

        using var request = new HttpRequestMessage(new HttpMethod(c.Method), new Uri(endpoint, c.Path));
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            request.Content.Headers.ContentType = null;

            // Like curl, ask before sending a big body: the server can refuse it (413) without reading it, and the
            // refusal reaches us instead of a reset connection.
            request.Headers.ExpectContinue = c.Body.Length > 1024 * 1024;
        }

        foreach (var (name, value) in headers)
        {
            if (value is null)
            {
                continue;
            }

            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                if (request.Content is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }

                continue;
            }

            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await SendAsync(request, cancellationToken);
    }

    /// <summary>Sends a well-formed JSON-RPC request (for the "does it still answer" check).</summary>
    public async Task<RawMcpResponse> SendJsonRpcAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.TryAddWithoutValidation("MCP-Protocol-Version", ProtocolVersion);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await SendAsync(request, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<RawMcpResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            return new RawMcpResponse((int)response.StatusCode, mediaType, body, Parse(mediaType, body));
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            // The server refused by closing the connection (e.g. while a huge body was still being sent).
            return new RawMcpResponse(0, null, ex.Message, null);
        }
    }

    private static JsonObject? Parse(string? mediaType, string body)
    {
        if (string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            // The first SSE data line that is a JSON-RPC response or error.
            foreach (var line in body.Split('\n'))
            {
                if (line.StartsWith("data:", StringComparison.Ordinal) && TryParse(line["data:".Length..].Trim()) is { } message
                    && (message.ContainsKey("result") || message.ContainsKey("error")))
                {
                    return message;
                }
            }

            return null;
        }

        return TryParse(body);
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
