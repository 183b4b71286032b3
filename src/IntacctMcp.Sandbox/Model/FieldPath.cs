namespace IntacctMcp.Sandbox.Model;

/// <summary>A compiled dotted path (<c>vendor.term.id</c>): reference hops followed by a final field.</summary>
internal sealed class FieldPath
{
    private readonly int[] _hops;

    private FieldPath(string path, int[] hops, FieldDef final)
    {
        Path = path;
        _hops = hops;
        Final = final;
    }

    public string Path { get; }

    public FieldDef Final { get; }

    public FieldKind Kind => Final.Kind;

    public object? Read(Record record)
    {
        var current = record;
        foreach (var hop in _hops)
        {
            current = current.Values[hop] as Record;
            if (current is null)
            {
                return null;
            }
        }

        return current.Values[Final.Ordinal];
    }

    /// <summary>Resolves a path: the longest field path at each step, continuing through references.</summary>
    public static FieldPath? TryCompile(ObjectDef def, string path)
    {
        var hops = new List<int>();
        var current = def;
        var rest = path;
        while (true)
        {
            if (current.ByPath.TryGetValue(rest, out var direct))
            {
                // Sage never reads a write-only field back, so a query naming one names no field at all.
                return direct.WriteOnly ? null : new FieldPath(path, [.. hops], direct);
            }

            FieldDef? reference = null;
            var dot = rest.Length;
            while ((dot = rest.LastIndexOf('.', dot - 1)) > 0)
            {
                if (current.ByPath.TryGetValue(rest[..dot], out var candidate) && candidate.Kind == FieldKind.Reference)
                {
                    reference = candidate;
                    break;
                }
            }

            if (reference?.Target is null)
            {
                return null;
            }

            hops.Add(reference.Ordinal);
            current = reference.Target;
            rest = rest[(dot + 1)..];
        }
    }
}
