namespace IntacctMcp.Intacct.Errors;

/// <summary>A call would have waited longer than the company's rate limiter allows (queue full or wait over budget); nothing was sent.</summary>
public sealed class IntacctQueueTimeoutException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctQueueTimeoutException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="company">The company whose limiter refused.</param>
    /// <param name="wait">How long the call would have had to wait, when known.</param>
    public IntacctQueueTimeoutException(string message, string company, TimeSpan? wait)
        : base(message)
    {
        Company = company;
        Wait = wait;
    }

    /// <summary>Gets the company whose limiter refused.</summary>
    public string Company { get; }

    /// <summary>Gets how long the call would have had to wait, when known.</summary>
    public TimeSpan? Wait { get; }
}
