using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>
/// A record as a write would leave it, before anything is changed: new values over an existing record (or none,
/// for a create), and the owned lines the write would end with. Rules validate this view; only then is it committed.
/// </summary>
internal sealed class StagedRecord(ObjectDef def, Record? existing, string target)
{
    private readonly Dictionary<int, object?> _values = [];

    public ObjectDef Def { get; } = def;

    public Record? Existing { get; } = existing;

    /// <summary>Gets the error target prefix of this record, e.g. <c>lines[2]</c> (empty for the top-level record).</summary>
    public string Target { get; } = target;

    /// <summary>Gets the lines by list index, present only for lists the write touches (or every list on create).</summary>
    public Dictionary<int, List<StagedRecord>> Lists { get; } = [];

    /// <summary>Gets existing lines the write deletes.</summary>
    public List<Record> DeletedLines { get; } = [];

    public IReadOnlyDictionary<int, object?> Changes => _values;

    public object? Get(string path)
    {
        var field = Def.ByPath[path];
        return _values.TryGetValue(field.Ordinal, out var value) ? value : Existing?.Values[field.Ordinal];
    }

    public T? Get<T>(string path) => Get(path) is T value ? value : default;

    public bool IsSet(string path) => _values.ContainsKey(Def.ByPath[path].Ordinal);

    public void Set(string path, object? value) => _values[Def.ByPath[path].Ordinal] = value;

    public void Set(FieldDef field, object? value) => _values[field.Ordinal] = value;

    public string TargetOf(string path) => Target.Length == 0 ? path : Target + "." + path;

    /// <summary>Gets the lines of a list as the write would leave them.</summary>
    public List<StagedRecord> Lines(string listName)
    {
        var list = Def.FindList(listName)!;
        if (!Lists.TryGetValue(list.Index, out var lines))
        {
            lines = Existing is null ? [] : [.. Existing.Lists[list.Index].Select((r, i) => new StagedRecord(list.Child, r, $"{listName}[{i}]"))];
            Lists[list.Index] = lines;
        }

        return lines;
    }
}
