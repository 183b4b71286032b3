using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>
/// <c>call_sage_endpoint</c>'s result: Sage's response body (any path, so any shape) with the HTTP status added; a dry run
/// returns the request preview instead (the fields of <see cref="WriteOutput"/>'s dry run).
/// </summary>
[Description("Sage's response body (varies by path) plus status; a dry run: the request preview.")]
internal sealed record RawOutput : ObjectOutput
{
    /// <summary>Gets the HTTP status.</summary>
    public int Status { get; init; }

    /// <summary>Gets Sage's result: a record, a list, or a reference.</summary>
    [JsonPropertyName("ia::result")]
    public JsonNode? Result { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> sent with a write.</summary>
    public string IdempotencyKey { get; init; } = string.Empty;

    /// <summary>Gets <see langword="true"/> for a dry run.</summary>
    public bool DryRun { get; init; }
}
