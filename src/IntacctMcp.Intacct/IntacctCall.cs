using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct;

/// <summary>One call the client sends: everything <see cref="IntacctClient"/> needs to build the HTTP request.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path relative to the API base, starting with <c>/</c> (already validated).</param>
internal sealed record IntacctCall(HttpMethod Method, string Path)
{
    /// <summary>Gets the query parameters, encoded when the URL is built.</summary>
    public IEnumerable<KeyValuePair<string, string>>? Query { get; init; }

    /// <summary>Gets the JSON body.</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Gets the entity header value, if any.</summary>
    public string? Entity { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> the call carries, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets whether <c>X-IA-API-Param-Transaction: true</c> is sent.</summary>
    public bool Atomic { get; init; }

    /// <summary>Gets whether a 4xx answer whose <c>ia::result</c> is an array (a failed atomic batch) is returned for per-item reading instead of thrown.</summary>
    public bool PerItemErrors { get; init; }

    /// <summary>Gets whether a retry cannot cause a second write: reads, the query and model services, and writes that carry an idempotency key.</summary>
    public bool Retryable =>
        Method == HttpMethod.Get
        || Method == HttpMethod.Head
        || IdempotencyKey is not null
        || (Method == HttpMethod.Post && Path.Equals("/services/core/query", StringComparison.OrdinalIgnoreCase));
}
