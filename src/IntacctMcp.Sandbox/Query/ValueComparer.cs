using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>Compares stored values of the same kind; nulls sort first.</summary>
internal static class ValueComparer
{
    public static int Compare(object? left, object? right, bool ignoreCase = false)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return (left, right) switch
        {
            (long a, long b) => a.CompareTo(b),
            (decimal a, decimal b) => a.CompareTo(b),
            (long a, decimal b) => ((decimal)a).CompareTo(b),
            (decimal a, long b) => a.CompareTo(b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            (string a, string b) => ignoreCase ? StringComparer.OrdinalIgnoreCase.Compare(a, b) : string.CompareOrdinal(a, b),
            (Record a, Record b) => a.Key.CompareTo(b.Key),
            _ => string.CompareOrdinal(RecordJson.AsText(left), RecordJson.AsText(right)),
        };
    }

    public static bool AreEqual(object? left, object? right, bool ignoreCase) => Compare(left, right, ignoreCase) == 0;

    /// <summary>Gets a comparison specialised for one field kind (sorting compares thousands of pairs; the general switch is slower).</summary>
    public static Comparison<object?> For(FieldKind kind) => kind switch
    {
        FieldKind.Decimal or FieldKind.Number => static (a, b) => a is decimal x && b is decimal y ? x.CompareTo(y) : Compare(a, b),
        FieldKind.Key or FieldKind.Integer => static (a, b) => a is long x && b is long y ? x.CompareTo(y) : Compare(a, b),
        FieldKind.Date => static (a, b) => a is DateOnly x && b is DateOnly y ? x.CompareTo(y) : Compare(a, b),
        FieldKind.Text or FieldKind.Enum => static (a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Compare(a, b),
        _ => static (a, b) => Compare(a, b),
    };
}
