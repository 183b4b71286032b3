using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

/// <summary>
/// The bookkeeping rules shared by the demo generator and the write endpoints: adding records, recomputing
/// document totals from lines and payments, and posting subledger documents to the general ledger so that
/// the GL control accounts always agree with open bills and invoices. Callers hold the company's write lock.
/// </summary>
internal sealed partial class Books(CompanyData data)
{
    public const string ApControlAccount = "2000";
    public const string ArControlAccount = "1200";
    public const string CashAccount = "1000";

    public CompanyData Data { get; } = data;

    public Record Find(string objectName, string id) =>
        Data[objectName].ById(id) ?? throw new InvalidOperationException($"{objectName} '{id}' is missing from the demo data.");

    /// <summary>Creates a record, fills the audit stamp and stores it.</summary>
    public Record Add(string objectName, Action<Record> fill, DateTimeOffset stamp, string user)
    {
        var store = Data[objectName];
        var record = store.New();
        if (store.Def.IdOrdinal >= 0 && store.Def.ByPath["id"].ReadOnly)
        {
            record.Values[store.Def.IdOrdinal] = record.KeyText;
        }

        fill(record);
        Stamp(record, stamp, user, created: true);
        store.Add(record);
        Index(record, add: true);
        return record;
    }

    /// <summary>Creates an owned line under <paramref name="owner"/>, pointing back to it.</summary>
    public Record AddLine(Record owner, string listName, Action<Record> fill, DateTimeOffset stamp, string user)
    {
        var list = owner.Def.FindList(listName)!;
        var line = Add(list.ChildObject, r =>
        {
            r.Values[list.ParentField.Ordinal] = owner;
            fill(r);
        }, stamp, user);
        var items = owner.Lists[list.Index];
        items.Add(line);
        if (line.Def.ByPath.TryGetValue("lineNumber", out var number))
        {
            line.Values[number.Ordinal] = number.LineNumber(items.Count);
        }

        return line;
    }

    /// <summary>Removes a record and, recursively, its owned lines.</summary>
    public void Remove(Record record)
    {
        foreach (var list in record.Def.Lists)
        {
            foreach (var item in record.Lists[list.Index].ToArray())
            {
                Remove(item);
            }
        }

        Data[record.Def.Name].Remove(record);
        Index(record, add: false);
    }

    public static void Stamp(Record record, DateTimeOffset stamp, string user, bool created)
    {
        if (!record.Def.ByPath.ContainsKey("audit.modifiedDateTime"))
        {
            return;
        }

        // Sage's newer audit block (audit.s2, e.g. on bill lines) has no createdBy/modifiedBy.
        var legacyUser = record.Def.ByPath.ContainsKey("audit.modifiedBy");
        if (created)
        {
            record["audit.createdDateTime"] = stamp;
            if (legacyUser)
            {
                record["audit.createdBy"] = user;
            }
        }

        record["audit.modifiedDateTime"] = stamp;
        if (legacyUser)
        {
            record["audit.modifiedBy"] = user;
        }
    }

    /// <summary>Gets the entity a location belongs to.</summary>
    public static Record? EntityOf(Record location) => location["entity"] as Record;

    /// <summary>Gets an entity's main location (the first location that belongs to it).</summary>
    public Record MainLocation(Record entity) =>
        Data[SandboxObjects.Location].Records.First(l => ReferenceEquals(l["entity"], entity));

    public Record AddJournalEntry(string journalId, DateOnly date, string description, string? reference, Record entity, string state,
        IReadOnlyList<JournalLine> lines, DateTimeOffset stamp, string user)
    {
        var journal = Find(SandboxObjects.Journal, journalId);
        var entry = Add(SandboxObjects.JournalEntry, r =>
        {
            r["glJournal"] = journal;
            r["postingDate"] = date;
            r["description"] = description;
            r["referenceNumber"] = reference;
            r["state"] = state;
            r["entity"] = entity;
            r["txnNumber"] = NextTxnNumber(journal);
        }, stamp, user);
        foreach (var line in lines)
        {
            AddLine(entry, "lines", l =>
            {
                l["glAccount"] = line.Account;
                l["txnType"] = line.Debit ? "debit" : "credit";
                l["txnAmount"] = line.Amount;
                l["entryDate"] = date;
                l["description"] = line.Description ?? description;
                l["dimensions.department"] = line.Department;
                l["dimensions.location"] = line.Location;
            }, stamp, user);
        }

        return entry;
    }

    private readonly Dictionary<Record, long> _txnNumbers = [];

    private long NextTxnNumber(Record journal)
    {
        var next = _txnNumbers.GetValueOrDefault(journal) + 1;
        _txnNumbers[journal] = next;
        return next;
    }
}
