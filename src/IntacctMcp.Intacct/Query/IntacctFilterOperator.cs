namespace IntacctMcp.Intacct.Query;

/// <summary>The query service's filter operators (Sage's spec lists these 17; "the 18 operators" in older notes means these).</summary>
public enum IntacctFilterOperator
{
    /// <summary><c>$eq</c></summary>
    Eq,
    /// <summary><c>$ne</c></summary>
    Ne,
    /// <summary><c>$lt</c></summary>
    Lt,
    /// <summary><c>$lte</c></summary>
    Lte,
    /// <summary><c>$gt</c></summary>
    Gt,
    /// <summary><c>$gte</c></summary>
    Gte,
    /// <summary><c>$in</c> (array value)</summary>
    In,
    /// <summary><c>$notIn</c> (array value)</summary>
    NotIn,
    /// <summary><c>$between</c> (two-element array)</summary>
    Between,
    /// <summary><c>$notBetween</c> (two-element array)</summary>
    NotBetween,
    /// <summary><c>$contains</c></summary>
    Contains,
    /// <summary><c>$notContains</c></summary>
    NotContains,
    /// <summary><c>$has</c></summary>
    Has,
    /// <summary><c>$startsWith</c></summary>
    StartsWith,
    /// <summary><c>$notStartsWith</c></summary>
    NotStartsWith,
    /// <summary><c>$endsWith</c></summary>
    EndsWith,
    /// <summary><c>$notEndsWith</c></summary>
    NotEndsWith,
}
