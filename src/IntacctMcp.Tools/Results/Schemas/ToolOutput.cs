
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>What every tool's structured content may carry: the values flagged as suspicious free text.</summary>
/// <remarks>
/// Optional members that are absent (never null) when they do not apply are declared non-nullable and not
/// <c>required</c>, so their schema says "optional" without a null in the type.
/// </remarks>
internal abstract record ToolOutput
{
    /// <summary>Gets the flagged values; present only when at least one was flagged.</summary>
    public IReadOnlyList<SuspiciousValue> SuspiciousText { get; init; } = [];
}
