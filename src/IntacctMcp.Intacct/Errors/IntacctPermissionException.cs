using System.Net;

namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage answered 403: the Web Services user's role lacks the module or the object is not subscribed.</summary>
public class IntacctPermissionException : IntacctApiException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctPermissionException"/> class.</summary>
    /// <param name="message">The message: Sage's, verbatim, with context.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Sage's parsed error.</param>
    public IntacctPermissionException(string message, HttpStatusCode statusCode, IntacctApiError error)
        : base(message, statusCode, error)
    {
    }
}
