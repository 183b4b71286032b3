namespace IntacctMcp.Tools.Execution;

/// <summary>An argument is missing, malformed or names nothing; the message names the argument and the accepted form.</summary>
internal sealed class ToolArgumentException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ToolArgumentException"/> class.</summary>
    /// <param name="argument">The argument's name as the tool declares it.</param>
    /// <param name="message">What is wrong and what is accepted.</param>
    public ToolArgumentException(string argument, string message)
        : base($"Invalid argument '{argument}': {message}")
    {
        Argument = argument;
    }

    /// <summary>Gets the argument's name.</summary>
    public string Argument { get; }
}
