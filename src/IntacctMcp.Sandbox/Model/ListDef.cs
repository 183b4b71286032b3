namespace IntacctMcp.Sandbox.Model;

/// <summary>An owned collection of an object (e.g. a bill's <c>lines</c>), whose items point back through <see cref="ParentField"/>.</summary>
internal sealed class ListDef
{
    public required string Name { get; init; }

    public required string ChildObject { get; init; }

    public required string ParentFieldPath { get; init; }

    public int Index { get; set; }

    public ObjectDef Child { get; set; } = null!;

    public FieldDef ParentField { get; set; } = null!;
}
