using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 429 (or 503 with a retry header) and kept doing so within the wait budget.</summary>
public sealed class IntacctRateLimitException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctRateLimitException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    /// <param name="retryAfter">The largest retry header Sage sent, if any.</param>
    /// <param name="waited">How long the client already waited before giving up.</param>
    public IntacctRateLimitException(string message, HttpStatusCode statusCode, IntacctApiError error, TimeSpan? retryAfter, TimeSpan waited)
        : base(message, statusCode, error)
    {
        RetryAfter = retryAfter;
        Waited = waited;
    }

    /// <summary>Gets the largest retry header Sage sent, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets how long the client already waited before giving up.</summary>
    public TimeSpan Waited { get; }
}
