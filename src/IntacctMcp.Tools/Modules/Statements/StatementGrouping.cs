using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>How a statement breaks its sections down: the line fields grouped on besides the account.</summary>
/// <param name="Name">The groupBy value.</param>
/// <param name="IdField">The dimension's ID field, or <see langword="null"/> for category and account.</param>
/// <param name="NameField">The dimension's name field.</param>
internal sealed record StatementGrouping(string Name, string? IdField, string? NameField)
{
    /// <summary>Gets the category grouping.</summary>
    public static StatementGrouping Category { get; } = new("category", null, null);

    /// <summary>Gets the account grouping.</summary>
    public static StatementGrouping Account { get; } = new("account", null, null);

    /// <summary>Parses <c>groupBy</c>.</summary>
    /// <param name="groupBy">The argument.</param>
    /// <param name="dimensions">Whether department and location are accepted.</param>
    /// <returns>The grouping.</returns>
    public static StatementGrouping Parse(string? groupBy, bool dimensions) => (groupBy ?? "category").Trim().ToLowerInvariant() switch
    {
        "category" or "" => Category,
        "account" => Account,
        "department" when dimensions => new("department", "dimensions.department.id", "dimensions.department.name"),
        "location" when dimensions => new("location", "dimensions.location.id", "dimensions.location.name"),
        _ => throw new ToolArgumentException("groupBy", $"'{groupBy}' is not a grouping; use {(dimensions ? "category, account, department or location" : "category or account")}."),
    };
}
