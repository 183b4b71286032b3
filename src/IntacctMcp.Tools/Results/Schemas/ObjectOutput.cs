
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A record or report result, which <see cref="ToolResults.Object"/> cuts (and marks) when over the response budget.</summary>
internal abstract record ObjectOutput : ToolOutput
{
    /// <summary>Gets whether the largest list was cut; present only then.</summary>
    public bool Truncated { get; init; }

    /// <summary>Gets what was cut; present only then.</summary>
    public string Note { get; init; } = string.Empty;
}
