using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A GL account in full.</summary>
[Description(SchemaText.SageRecord)]
internal sealed record GlAccountRecord : ObjectOutput
{
    /// <summary>Gets the record key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets balanceSheet or incomeStatement.</summary>
    public string? AccountType { get; init; }

    /// <summary>Gets debit or credit.</summary>
    public string? NormalBalance { get; init; }

    /// <summary>Gets the category.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the status.</summary>
    public string? Status { get; init; }
}
