namespace IntacctMcp.Server.Cli;

/// <summary>The command line is wrong; the message says what and how to fix it. Exit code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
