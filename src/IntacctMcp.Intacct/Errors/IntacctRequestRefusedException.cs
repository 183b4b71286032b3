namespace IntacctMcp.Intacct.Errors;

/// <summary>The client refused to send a request (e.g. a raw path that leaves the API base); nothing reached Sage.</summary>
public class IntacctRequestRefusedException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctRequestRefusedException"/> class.</summary>
    public IntacctRequestRefusedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctRequestRefusedException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public IntacctRequestRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctRequestRefusedException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctRequestRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
