namespace IntacctMcp.Sandbox.Query;

/// <summary>A filter value converted to the field's type: a single value (<see cref="Low"/> = <see cref="High"/>) or a date macro's range.</summary>
internal readonly record struct Operand(object? Low, object? High)
{
    public static Operand Of(object? value) => new(value, value);
}
