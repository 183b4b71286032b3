using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Raw;

/// <summary>A successful (2xx) answer to an <see cref="IntacctRawRequest"/>.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The parsed JSON body, or <see langword="null"/> when there was none (e.g. 204).</param>
/// <param name="ContentType">The response media type.</param>
public sealed record IntacctRawResponse(int StatusCode, JsonNode? Body, string? ContentType);
