namespace IntacctMcp.Intacct.Errors;

/// <summary>The token endpoint could not be reached or answered 408/429/5xx. Nothing was sent to the API, so any call may retry it.</summary>
internal sealed class IntacctTokenUnavailableException : IntacctUnavailableException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctTokenUnavailableException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="retryAfter">The wait Sage asked for, if any.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctTokenUnavailableException(string message, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the wait Sage asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; }
}
