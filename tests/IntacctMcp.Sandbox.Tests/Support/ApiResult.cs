using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace IntacctMcp.Sandbox.Tests.Support;

/// <summary>A response as tests inspect it.</summary>
internal sealed record ApiResult(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers)
{
    public JsonNode Result => Body!["ia::result"]!;

    public JsonNode Meta => Body!["ia::meta"]!;

    public JsonArray Rows => Result.AsArray();

    public JsonObject Error => (Body!["ia::result"]?["ia::error"] ?? Body!["error"])!.AsObject();

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.First() : null;
}
