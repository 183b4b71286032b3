using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage refused the credentials or the token (token endpoint failures, 401); <see cref="IntacctException.Hint"/> carries the fix from the product brief.</summary>
public class IntacctAuthenticationException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctAuthenticationException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctAuthenticationException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
