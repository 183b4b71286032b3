using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using Xunit;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>Hand-written MCP requests over HTTP, for status codes and headers.</summary>
internal static class RawMcp
{
    public const string InitializeBody = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

    public const string ToolsListBody = """{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""";

    public static HttpRequestMessage Post(Uri endpoint, string body, string? accept = "application/json, text/event-stream", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>Reads a JSON body, or the first <c>data:</c> event with content of an SSE body (a resumable stream starts with an empty priming event).</summary>
    public static async Task<JsonObject> ReadMessageAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            text = text.Split('\n').First(line => line.StartsWith("data:", StringComparison.Ordinal) && line.Length > "data:".Length + 1)["data:".Length..];
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    public static int? ErrorCode(JsonObject message) => message["error"]?["code"]?.GetValue<int>();
}
