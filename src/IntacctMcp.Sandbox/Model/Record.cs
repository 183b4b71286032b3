namespace IntacctMcp.Sandbox.Model;

/// <summary>One stored record: values by field ordinal, owned lists by list index.</summary>
internal sealed class Record
{
    public Record(ObjectDef def, long key)
    {
        Def = def;
        Key = key;
        Values = new object?[def.Fields.Count];
        Values[0] = key;
        Lists = new List<Record>[def.Lists.Count];
        for (var i = 0; i < Lists.Length; i++)
        {
            Lists[i] = [];
        }
    }

    public ObjectDef Def { get; }

    public long Key { get; }

    public object?[] Values { get; }

    public List<Record>[] Lists { get; }

    /// <summary>Gets or sets the journal entry this subledger document posted to the general ledger.</summary>
    public Record? GlEntry { get; set; }

    /// <summary>Gets or sets the subledger document a journal entry was posted from.</summary>
    public Record? PostedFrom { get; set; }

    public string? Id => Def.IdOrdinal >= 0 ? Values[Def.IdOrdinal] as string : null;

    public string? Name => Def.NameOrdinal >= 0 ? Values[Def.NameOrdinal] as string : null;

    public string Href => Def.HrefPrefix + KeyText;

    public string KeyText => Key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public object? this[string path]
    {
        get => Values[Def.ByPath[path].Ordinal];
        set => Values[Def.ByPath[path].Ordinal] = value;
    }

    public T Get<T>(string path) => (T)Values[Def.ByPath[path].Ordinal]!;

    public List<Record> List(string name) => Lists[Def.FindList(name)!.Index];
}
