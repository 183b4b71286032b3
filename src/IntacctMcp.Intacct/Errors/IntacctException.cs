namespace IntacctMcp.Intacct.Errors;

/// <summary>The base of every error the Intacct client raises. Messages never carry secrets or tokens.</summary>
public class IntacctException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="IntacctException"/> class.</summary>
    public IntacctException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public IntacctException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets or initializes the next step for the user (the fix), if one is known.</summary>
    public string? Hint { get; init; }
}
