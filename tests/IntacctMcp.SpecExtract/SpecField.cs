namespace IntacctMcp.SpecExtract;

/// <summary>One field of a Sage object as its OpenAPI schema publishes it, addressed by a dotted path.</summary>
/// <param name="Type">
/// <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>date</c>, <c>date-time</c>, <c>decimal</c> (a string
/// with format <c>decimal-precision-*</c>), <c>reference</c>, <c>list</c> (owned records) or <c>array</c>.
/// </param>
/// <param name="Ref">The referenced or owned object (<c>application/object</c>) of a reference or list.</param>
/// <param name="Enum">The allowed values, or null; <c>null</c> itself is left out.</param>
/// <param name="ReadOnly">Whether Sage refuses the field in a write (inherited from enclosing objects).</param>
/// <param name="WriteOnly">Whether Sage accepts the field in a write but never returns it.</param>
/// <param name="Required">Whether a create must send it.</param>
public sealed record SpecField(string Type, string? Ref, IReadOnlyList<string>? Enum, bool ReadOnly, bool WriteOnly, bool Required)
{
    /// <summary>Gets whether the field refers to another record.</summary>
    public bool IsReference => Type == "reference";

    /// <summary>Gets whether the field holds owned records of <see cref="Ref"/>.</summary>
    public bool IsList => Type == "list";
}
