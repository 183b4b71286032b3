namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Debits and credits of one group; the group's key is named for the grouping.</summary>
internal sealed record JournalSummaryRow
{
    /// <summary>Gets the department ID (groupBy department).</summary>
    public string Department { get; init; } = string.Empty;

    /// <summary>Gets the account number (groupBy account).</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>Gets the location ID (groupBy location).</summary>
    public string Location { get; init; } = string.Empty;

    /// <summary>Gets the journal ID (groupBy journal).</summary>
    public string Journal { get; init; } = string.Empty;

    /// <summary>Gets yyyy-mm (groupBy month).</summary>
    public string Month { get; init; } = string.Empty;

    /// <summary>Gets the group's name, for department, account and location.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the debits.</summary>
    public required decimal Debit { get; init; }

    /// <summary>Gets the credits.</summary>
    public required decimal Credit { get; init; }

    /// <summary>Gets debits minus credits.</summary>
    public required decimal Net { get; init; }
}
