using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.FreeText;

/// <summary>One value in a result that reads like instructions to an assistant.</summary>
/// <param name="Record">The record: object kind plus its ID or number, e.g. <c>vendor V1001</c>.</param>
/// <param name="Field">The field path as it appears in the result, e.g. <c>name</c>, <c>lines[2].memo</c>, <c>vendor.name</c>.</param>
/// <param name="Reason">A short phrase, e.g. <c>asks to create a transaction</c>.</param>
internal sealed record SuspiciousTextFlag(string Record, string Field, string Reason)
{
    /// <summary>Renders the flag as it appears in <c>suspiciousText</c>: <c>record field: reason</c>.</summary>
    /// <returns>The JSON string.</returns>
    public JsonNode ToJson() => JsonValue.Create($"{Record} {Field}: {Reason}");

    /// <inheritdoc/>
    public override string ToString() => $"{Record} {Field}";
}
