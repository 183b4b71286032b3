using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A value from Sage that reads like an instruction to the assistant (flagged, never obeyed).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record SuspiciousValue
{
    /// <summary>Gets the object kind plus its ID or number, e.g. <c>vendor V1001</c>.</summary>
    public required string Record { get; init; }

    /// <summary>Gets the field path as it appears in the result, e.g. <c>lines[2].memo</c>.</summary>
    public required string Field { get; init; }

    /// <summary>Gets why the value was flagged.</summary>
    public required string Reason { get; init; }
}
