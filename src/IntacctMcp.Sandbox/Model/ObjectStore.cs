namespace IntacctMcp.Sandbox.Model;

/// <summary>The records of one object in one company, in key order, with lookups by key and by ID.</summary>
internal sealed class ObjectStore(ObjectDef def)
{
    private readonly Dictionary<long, Record> _byKey = [];
    private readonly Dictionary<string, Record> _byId = new(StringComparer.Ordinal);
    private long _lastKey;

    public ObjectDef Def { get; } = def;

    /// <summary>Gets the records in ascending key order (keys only grow, so appending keeps the order).</summary>
    public List<Record> Records { get; } = [];

    public Record New() => new(Def, ++_lastKey);

    public void Add(Record record)
    {
        Records.Add(record);
        _byKey[record.Key] = record;
        if (record.Id is { } id)
        {
            _byId[id] = record;
        }
    }

    public void Remove(Record record)
    {
        Records.Remove(record);
        _byKey.Remove(record.Key);
        if (record.Id is { } id)
        {
            _byId.Remove(id);
        }
    }

    /// <summary>Re-indexes a record whose ID changed.</summary>
    public void Reindex(Record record, string? oldId)
    {
        if (oldId is not null)
        {
            _byId.Remove(oldId);
        }

        if (record.Id is { } id)
        {
            _byId[id] = record;
        }
    }

    public Record? ByKey(long key) => _byKey.GetValueOrDefault(key);

    public Record? ById(string id) => _byId.GetValueOrDefault(id);
}
