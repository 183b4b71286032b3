using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 409: an idempotency key was reused with another body, or a unique key clashed.</summary>
public class IntacctConflictException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctConflictException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctConflictException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
