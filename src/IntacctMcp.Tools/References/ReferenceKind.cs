namespace IntacctMcp.Tools.References;

/// <summary>The reference lists cached per company: what is queried and which fields are kept.</summary>
/// <param name="Object">The object.</param>
/// <param name="Fields">The fields kept per record.</param>
/// <param name="Noun">What a record is called in messages.</param>
internal sealed record ReferenceKind(string Object, IReadOnlyList<string> Fields, string Noun)
{
    /// <summary>Gets GL accounts.</summary>
    public static ReferenceKind Accounts { get; } = new("general-ledger/account", ["key", "id", "name", "category", "accountType", "normalBalance", "closingType", "status", "disallowDirectPosting"], "GL account");

    /// <summary>Gets vendors.</summary>
    public static ReferenceKind Vendors { get; } = new("accounts-payable/vendor", ["key", "id", "name", "status", "term.id"], "vendor");

    /// <summary>Gets customers.</summary>
    public static ReferenceKind Customers { get; } = new("accounts-receivable/customer", ["key", "id", "name", "status", "term.id"], "customer");

    /// <summary>Gets budgets (their IDs are the <c>budget</c> argument of <c>get_budget_variance</c>).</summary>
    public static ReferenceKind Budgets { get; } = new("general-ledger/budget", ["key", "id", "description", "isDefault", "status"], "budget");
}
