namespace IntacctMcp.Intacct.Query;

/// <summary>The query's <c>filterParameters</c> (valid only there, never at the top level).</summary>
public sealed record IntacctFilterParameters
{
    /// <summary>Gets the date relative date macros are evaluated against.</summary>
    public DateOnly? AsOfDate { get; init; }

    /// <summary>Gets whether hierarchy fields are included.</summary>
    public bool? IncludeHierarchyFields { get; init; }

    /// <summary>Gets whether string comparisons are case-sensitive (Sage's default is <see langword="true"/>).</summary>
    public bool? CaseSensitiveComparison { get; init; }

    /// <summary>Gets whether records in private entities are visible from the top level.</summary>
    public bool? IncludePrivate { get; init; }
}
