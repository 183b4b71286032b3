using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered with an error status. Built only by the client's error mapper, from Sage's envelope.</summary>
public class IntacctApiException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctApiException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctApiException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets Sage's parsed error.</summary>
    public IntacctApiError Error { get; }
}
