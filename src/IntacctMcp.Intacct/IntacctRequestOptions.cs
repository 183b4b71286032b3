namespace IntacctMcp.Intacct;

/// <summary>Per-request options.</summary>
public sealed record IntacctRequestOptions
{
    /// <summary>Gets the entity to scope the request to, sent as <c>X-IA-API-Param-Entity</c>; <see langword="null"/> for the company's default.</summary>
    public string? Entity { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> for a write (≤ 256 characters). It wins over a derived key; when it is <see langword="null"/>
    /// a POST or PATCH carries the key derived from the write (<see cref="Idempotency.IntacctIdempotencyKey"/>) and other writes a random one.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the caller's name for the document (≤ 64 characters), used instead of the body in the derived key:
    /// the same request ID repeats safely, a new one posts a second identical document on purpose.</summary>
    public string? RequestId { get; init; }
}
