using System.Collections.Frozen;

namespace IntacctMcp.Sandbox.Model;

/// <summary>The definition of one Sage object (<c>application/object</c>): its fields, owned lists and allowed methods.</summary>
internal sealed class ObjectDef
{
    public ObjectDef(string name, string httpMethods, bool isOwned, IReadOnlyList<FieldDef> fields, IReadOnlyList<ListDef> lists, string? entityPath)
    {
        Name = name;
        HttpMethods = httpMethods;
        IsOwned = isOwned;
        Fields = fields;
        Lists = lists;
        EntityPath = entityPath;
        for (var i = 0; i < fields.Count; i++)
        {
            fields[i].Ordinal = i;
        }

        for (var i = 0; i < lists.Count; i++)
        {
            lists[i].Index = i;
        }

        ByPath = fields.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
        IdOrdinal = ByPath.TryGetValue("id", out var id) ? id.Ordinal : -1;
        NameOrdinal = ByPath.TryGetValue("name", out var n) ? n.Ordinal : -1;
        HrefPrefix = "/objects/" + name + "/";
    }

    /// <summary>Gets the object name, e.g. <c>accounts-payable/bill</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the methods the object allows, as the model service lists them.</summary>
    public string HttpMethods { get; }

    public bool IsOwned { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public IReadOnlyList<ListDef> Lists { get; }

    public FrozenDictionary<string, FieldDef> ByPath { get; }

    /// <summary>Gets the dotted path to the owning entity reference (<c>entity</c>, or <c>bill.entity</c> for lines), or null for shared objects.</summary>
    public string? EntityPath { get; }

    public int IdOrdinal { get; }

    public int NameOrdinal { get; }

    public string HrefPrefix { get; }

    /// <summary>Gets whether a full record carries its own <c>href</c> (Sage's schema has one for most objects, not all).</summary>
    public bool ServesHref { get; init; } = true;

    /// <summary>Gets the compiled accessor for <see cref="EntityPath"/>, set when the catalog is complete.</summary>
    public FieldPath? EntityAccessor { get; set; }

    /// <summary>Gets the nested layout used to write full records.</summary>
    public RenderNode Layout { get; set; } = null!;

    public bool Allows(string method) => HttpMethods.Contains(method, StringComparison.Ordinal);

    public ListDef? FindList(string name)
    {
        foreach (var list in Lists)
        {
            if (string.Equals(list.Name, name, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }
}
