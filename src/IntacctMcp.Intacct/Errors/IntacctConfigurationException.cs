namespace IntacctMcp.Intacct.Errors;

/// <summary>The configuration is incomplete or wrong, or an unknown company was named; the message names the setting and the fix.</summary>
public class IntacctConfigurationException : IntacctException
{
    /// <summary>Initializes a new instance of the <see cref="IntacctConfigurationException"/> class.</summary>
    public IntacctConfigurationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctConfigurationException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public IntacctConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IntacctConfigurationException"/> class.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public IntacctConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
