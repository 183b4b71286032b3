namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>The <c>compare</c> argument: no comparison, the period before, or the same period a year earlier.</summary>
internal enum StatementComparison
{
    /// <summary>No comparison column.</summary>
    None,

    /// <summary>The period of the same length just before.</summary>
    PriorPeriod,

    /// <summary>The same dates a year earlier.</summary>
    PriorYear,
}
