namespace IntacctMcp.Sandbox.Model;

/// <summary>A node of a record's nested JSON layout: either a field or a group of children (<c>audit</c>, <c>dimensions</c>, <c>currency</c>).</summary>
internal sealed class RenderNode
{
    public required string Name { get; init; }

    public FieldDef? Field { get; init; }

    public ListDef? List { get; init; }

    public List<RenderNode> Children { get; } = [];

    public static RenderNode Build(ObjectDef def)
    {
        var root = new RenderNode { Name = string.Empty };
        // A write-only field is accepted on create and never read back, as Sage's spec marks it.
        foreach (var field in def.Fields.Where(f => !f.WriteOnly))
        {
            var node = root;
            var segments = field.Segments;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                var child = node.Children.Find(c => c.Field is null && c.List is null && string.Equals(c.Name, segments[i], StringComparison.Ordinal));
                if (child is null)
                {
                    child = new RenderNode { Name = segments[i] };
                    node.Children.Add(child);
                }

                node = child;
            }

            node.Children.Add(new RenderNode { Name = segments[^1], Field = field });
        }

        foreach (var list in def.Lists)
        {
            root.Children.Add(new RenderNode { Name = list.Name, List = list });
        }

        return root;
    }
}
