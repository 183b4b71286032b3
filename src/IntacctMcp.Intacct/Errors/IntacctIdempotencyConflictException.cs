using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 409 to a write because its <c>Idempotency-Key</c> was already used: with another body, or more
/// than 48 hours ago (Sage keeps a key 60 days but replays its answer only 48 hours). Nothing was written.</summary>
public sealed class IntacctIdempotencyConflictException : IntacctConflictException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctIdempotencyConflictException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    /// <param name="idempotencyKey">The key the write carried.</param>
    public IntacctIdempotencyConflictException(string message, HttpStatusCode statusCode, IntacctApiError error, string idempotencyKey)
        : base(message, statusCode, error)
    {
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>Gets the <c>Idempotency-Key</c> the write carried.</summary>
    public string IdempotencyKey { get; }
}
