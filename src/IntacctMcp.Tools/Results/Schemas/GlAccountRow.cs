using System.ComponentModel;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A GL account row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record GlAccountRow
{
    /// <summary>Gets the account number.</summary>
    public string Id { get; init; } = string.Empty;

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
