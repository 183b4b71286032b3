using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 404: the record or path does not exist.</summary>
public class IntacctNotFoundException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctNotFoundException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctNotFoundException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
