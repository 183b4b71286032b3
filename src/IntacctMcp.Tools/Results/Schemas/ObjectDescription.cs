using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>An object's fields, references and owned lists.</summary>
[Description("Unknown model shapes come back as Sage sent them.")]
internal sealed record ObjectDescription : ObjectOutput
{
    /// <summary>Gets the object name.</summary>
    public string Object { get; init; } = string.Empty;

    /// <summary>Gets the object type.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets the methods the object takes.</summary>
    public string HttpMethods { get; init; } = string.Empty;

    /// <summary>Gets whether Sage honours Idempotency-Key.</summary>
    public bool IdempotenceSupported { get; init; }

    /// <summary>Gets one line per field: name:type(format), ro when read-only, enum=a|b.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Gets references: name→object.</summary>
    public IReadOnlyList<string> Refs { get; init; } = [];

    /// <summary>Gets owned lists: name→object.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];
}
