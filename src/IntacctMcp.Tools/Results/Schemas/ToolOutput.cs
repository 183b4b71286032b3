
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>What every tool's structured content may carry: the values flagged as suspicious free text.</summary>
/// <remarks>
/// Optional members that are absent (never null) when they do not apply are declared non-nullable and not
/// <c>required</c>, so their schema says "optional" without a null in the type.
/// </remarks>
internal abstract record ToolOutput
{
    /// <summary>Gets the flagged values, each <c>record field: reason</c> (e.g. <c>vendor V1001 name: asks to create a transaction</c>); present only when at least one was flagged.</summary>
    /// <remarks>One string per flag rather than an object: this member is in every tool's output schema, and a string says the same in a quarter of the bytes.</remarks>
    public IReadOnlyList<string> SuspiciousText { get; init; } = [];
}
