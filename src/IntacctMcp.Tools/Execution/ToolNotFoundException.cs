namespace IntacctMcp.Tools.Execution;

/// <summary>A record the caller named does not exist; the message says what was looked up, how, and what to try.</summary>
/// <param name="message">What was looked up and the next step.</param>
internal sealed class ToolNotFoundException(string message) : Exception(message);
