namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>One bank or card account of the cash position.</summary>
internal sealed record CashAccountLine
{
    /// <summary>Gets the bank or card account ID.</summary>
    public required string Id { get; init; }

    /// <summary>Gets checking, savings or creditCard.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the bank's name, or the card's description.</summary>
    public required string? Name { get; init; }

    /// <summary>Gets active or inactive.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the GL account the balance is read from.</summary>
    public required string GlAccount { get; init; }

    /// <summary>Gets the GL balance at the date, debit positive (a card owed is negative).</summary>
    public required decimal Balance { get; init; }
}
