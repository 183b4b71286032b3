using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Idempotency;

namespace IntacctMcp.Intacct;

/// <summary>A successful answer, body parsed.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The JSON body (a JSON string holding the text when the body was not JSON), or <see langword="null"/> when empty.</param>
/// <param name="ContentType">The response media type.</param>
internal sealed record IntacctResponse(HttpStatusCode StatusCode, JsonNode? Body, string? ContentType)
{
    /// <summary>Gets the replay Sage reported (<c>x-ia-idempotency-cached-date</c>), or <see langword="null"/> for a first answer.</summary>
    public IntacctReplay? Replay { get; init; }
}
