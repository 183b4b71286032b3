namespace IntacctMcp.Intacct;

/// <summary>Per-request options.</summary>
public sealed record IntacctRequestOptions
{
    /// <summary>Gets the entity to scope the request to, sent as <c>X-IA-API-Param-Entity</c>; <see langword="null"/> for the company's default.</summary>
    public string? Entity { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> for a write (≤ 256 characters); the client generates one when it is <see langword="null"/>.</summary>
    public string? IdempotencyKey { get; init; }
}
