using System.Text.Json.Nodes;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>What the server answered a raw request: status, body, and the JSON-RPC message in it (JSON or SSE).</summary>
/// <param name="Status">The HTTP status (0 when the server closed the connection instead of answering).</param>
/// <param name="ContentType">The response media type.</param>
/// <param name="Body">The body text.</param>
/// <param name="Message">The JSON-RPC message, if the body carried one.</param>
internal sealed record RawMcpResponse(int Status, string? ContentType, string Body, JsonObject? Message)
{
    public int? ErrorCode => Message?["error"]?["code"]?.GetValue<int>();

    public string? ErrorMessage => Message?["error"]?["message"]?.GetValue<string>();

    public bool HasResult => Message?.ContainsKey("result") == true;
}
