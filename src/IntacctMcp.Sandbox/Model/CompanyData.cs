using System.Collections.Frozen;

namespace IntacctMcp.Sandbox.Model;

/// <summary>All records of one company, guarded by one reader/writer lock (reads are concurrent, writes exclusive).</summary>
internal sealed class CompanyData : IDisposable
{
    public CompanyData(DateOnly today)
    {
        Today = today;
        Stores = SandboxObjects.All.Values.ToFrozenDictionary(d => d.Name, d => new ObjectStore(d), StringComparer.Ordinal);
    }

    /// <summary>Gets the date the data was generated relative to.</summary>
    public DateOnly Today { get; }

    public FrozenDictionary<string, ObjectStore> Stores { get; }

    public ReaderWriterLockSlim Lock { get; } = new(LockRecursionPolicy.NoRecursion);

    public ObjectStore this[string name] => Stores[name];

    public void Dispose() => Lock.Dispose();
}
