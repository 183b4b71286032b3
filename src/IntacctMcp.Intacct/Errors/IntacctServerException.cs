using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 5xx and kept doing so after the retries the policy allows.</summary>
public class IntacctServerException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctServerException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctServerException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
