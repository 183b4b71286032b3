namespace IntacctMcp.Server.Cli;

/// <summary>The exit codes of <c>intacct-mcp</c> (0 is success).</summary>
internal static class ExitCodes
{
    /// <summary>The exit code of a run that failed.</summary>
    public const int Failure = 1;

    /// <summary>The exit code of a usage or configuration error.</summary>
    public const int UsageError = 2;
}
