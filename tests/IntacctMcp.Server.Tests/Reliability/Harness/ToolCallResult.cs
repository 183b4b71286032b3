namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>How one tool call ended, seen from the MCP client.</summary>
/// <param name="Completed">An answer came back within the bound (a result or a JSON-RPC error).</param>
/// <param name="IsError">The answer was a tool error or a JSON-RPC error.</param>
/// <param name="Text">The result's text, the error's message, or the exception's message.</param>
/// <param name="Failure">The exception type when the call threw something other than a JSON-RPC error.</param>
/// <param name="Milliseconds">How long the call took.</param>
internal sealed record ToolCallResult(bool Completed, bool IsError, string Text, string? Failure, double Milliseconds)
{
    public bool Succeeded => Completed && !IsError;

    public override string ToString() =>
        $"{(Completed ? IsError ? "error" : "ok" : "no answer")}{(Failure is null ? string.Empty : $" ({Failure})")} in {Milliseconds:0} ms: {(Text.Length > 600 ? Text[..600] + "…" : Text)}";
}
