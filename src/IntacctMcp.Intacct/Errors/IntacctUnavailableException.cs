namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage could not be reached or kept failing (network errors, timeouts, open circuit) after the retries the policy allows.</summary>
public class IntacctUnavailableException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctUnavailableException"/> class.</summary>
    public IntacctUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctUnavailableException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public IntacctUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctUnavailableException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
