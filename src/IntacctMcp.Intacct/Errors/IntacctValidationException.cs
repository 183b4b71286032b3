using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 400 or 422: the request or a business rule failed; <c>Details[].Target</c> names the field.</summary>
public class IntacctValidationException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctValidationException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctValidationException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
