namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>
/// Says that an output type comes in alternative shapes, each with its own always-present fields: the schema gets
/// <c>anyOf</c> of one <c>required</c> list per shape (the properties stay listed once, which keeps tools/list short).
/// </summary>
/// <param name="shapes">One comma-separated list of required property names per shape.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class AnyOfRequiredAttribute(params string[] shapes) : Attribute
{
    /// <summary>Gets the required property names of each shape.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Shapes { get; } = [.. shapes.Select(s => (IReadOnlyList<string>)s.Split(',', StringSplitOptions.TrimEntries))];
}
