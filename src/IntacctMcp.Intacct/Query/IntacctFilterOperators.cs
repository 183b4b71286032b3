using System.Collections.Frozen;

namespace IntacctMcp.Intacct.Query;

/// <summary>Maps <see cref="IntacctFilterOperator"/> to and from Sage's wire names (<c>$eq</c>, <c>$notIn</c>, …).</summary>
public static class IntacctFilterOperators
{
    private static readonly FrozenDictionary<IntacctFilterOperator, string> ToWireNames = new Dictionary<IntacctFilterOperator, string>
    {
        [IntacctFilterOperator.Eq] = "$eq",
        [IntacctFilterOperator.Ne] = "$ne",
        [IntacctFilterOperator.Lt] = "$lt",
        [IntacctFilterOperator.Lte] = "$lte",
        [IntacctFilterOperator.Gt] = "$gt",
        [IntacctFilterOperator.Gte] = "$gte",
        [IntacctFilterOperator.In] = "$in",
        [IntacctFilterOperator.NotIn] = "$notIn",
        [IntacctFilterOperator.Between] = "$between",
        [IntacctFilterOperator.NotBetween] = "$notBetween",
        [IntacctFilterOperator.Contains] = "$contains",
        [IntacctFilterOperator.NotContains] = "$notContains",
        [IntacctFilterOperator.Has] = "$has",
        [IntacctFilterOperator.StartsWith] = "$startsWith",
        [IntacctFilterOperator.NotStartsWith] = "$notStartsWith",
        [IntacctFilterOperator.EndsWith] = "$endsWith",
        [IntacctFilterOperator.NotEndsWith] = "$notEndsWith",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, IntacctFilterOperator> FromWireNames =
        ToWireNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Gets every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames { get; } =
        [.. Enum.GetValues<IntacctFilterOperator>().Select(o => ToWireNames[o])];

    /// <summary>Gets the wire name of an operator.</summary>
    /// <param name="op">The operator.</param>
    /// <returns>The wire name, e.g. <c>$gte</c>.</returns>
    public static string ToWire(IntacctFilterOperator op) => ToWireNames[op];

    /// <summary>Parses a wire name (case-sensitive, as Sage is).</summary>
    /// <param name="wireName">The wire name, e.g. <c>$in</c>.</param>
    /// <param name="op">The operator when found.</param>
    /// <returns>Whether the name is one of the operators.</returns>
    public static bool TryParse(string wireName, out IntacctFilterOperator op) => FromWireNames.TryGetValue(wireName, out op);

    /// <summary>Gets whether the operator takes an array value (<c>$in</c>, <c>$notIn</c>, <c>$between</c>, <c>$notBetween</c>).</summary>
    /// <param name="op">The operator.</param>
    /// <returns><see langword="true"/> for the array-valued operators.</returns>
    public static bool TakesArray(IntacctFilterOperator op) =>
        op is IntacctFilterOperator.In or IntacctFilterOperator.NotIn or IntacctFilterOperator.Between or IntacctFilterOperator.NotBetween;
}
