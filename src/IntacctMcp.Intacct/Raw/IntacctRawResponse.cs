using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Idempotency;

namespace IntacctMcp.Intacct.Raw;

/// <summary>A successful (2xx) answer to an <see cref="IntacctRawRequest"/>.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The parsed JSON body, or <see langword="null"/> when there was none (e.g. 204).</param>
/// <param name="ContentType">The response media type.</param>
public sealed record IntacctRawResponse(int StatusCode, JsonNode? Body, string? ContentType)
{
    /// <summary>Gets the <c>Idempotency-Key</c> the request carried, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the replay, when Sage answered a repeated <c>Idempotency-Key</c> with the first answer (nothing was written again).</summary>
    public IntacctReplay? Replay { get; init; }
}
