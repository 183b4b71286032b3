namespace IntacctMcp.Intacct.Errors;

/// <summary>A write was sent but no answer came back (timeout, dropped connection, retries exhausted): it may or may not have been applied.</summary>
/// <remarks>Retrying with the same <see cref="IdempotencyKey"/> within 48 hours is safe: Sage replays the first answer.</remarks>
public sealed class IntacctWriteOutcomeUnknownException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctWriteOutcomeUnknownException"/> class.</summary>
    /// <param name="message">What happened and what to check.</param>
    /// <param name="idempotencyKey">The key the write carried.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctWriteOutcomeUnknownException(string message, string idempotencyKey, Exception? innerException)
        : base(message, innerException)
    {
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>Gets the <c>Idempotency-Key</c> the write carried.</summary>
    public string IdempotencyKey { get; }
}
