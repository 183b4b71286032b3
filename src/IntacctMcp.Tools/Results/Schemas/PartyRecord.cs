using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A vendor or customer in full.</summary>
[Description(SchemaText.SageRecord)]
internal sealed record PartyRecord : ObjectOutput
{
    /// <summary>Gets the record key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the open balance (a decimal string).</summary>
    public string? TotalDue { get; init; }
}
