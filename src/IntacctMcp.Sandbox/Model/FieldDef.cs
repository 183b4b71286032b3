namespace IntacctMcp.Sandbox.Model;

/// <summary>One field of an object, addressed by its dotted path inside the record (e.g. <c>dimensions.department</c>).</summary>
internal sealed class FieldDef
{
    public required string Path { get; init; }

    public required FieldKind Kind { get; init; }

    /// <summary>Gets the referenced object's name for <see cref="FieldKind.Reference"/> fields.</summary>
    public string? RefObject { get; init; }

    public IReadOnlyList<string>? EnumValues { get; init; }

    /// <summary>Gets whether clients may not write the field.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Gets whether the field is only written, never read back or queried (Sage's <c>writeOnly</c>, e.g. an AP payment's <c>paymentDate</c>).</summary>
    public bool WriteOnly { get; init; }

    /// <summary>Gets whether a create must supply the field (the model service still says false, as Sage's does).</summary>
    public bool Required { get; init; }

    public int Ordinal { get; set; }

    /// <summary>Gets the referenced object, resolved once the catalog is complete.</summary>
    public ObjectDef? Target { get; set; }

    public string[] Segments => _segments ??= Path.Split('.');

    /// <summary>Gets a line number as this field stores it (Sage types <c>lineNumber</c> differently per object).</summary>
    /// <param name="number">The 1-based position.</param>
    /// <returns>The stored value.</returns>
    public object LineNumber(int number) => Kind switch
    {
        FieldKind.Text => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldKind.Number => (decimal)number,
        _ => (long)number,
    };

    private string[]? _segments;
}
