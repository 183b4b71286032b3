using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class Books
{
    // Payment details by the bill or invoice they pay, and documents by vendor or customer, so recalculating one
    // document or party does not scan every record (generation recalculates hundreds of them).
    private readonly Dictionary<Record, List<Record>> _detailsByDocument = [];
    private readonly Dictionary<Record, List<Record>> _documentsByParty = [];

    /// <summary>Adds a record to, or removes it from, the indexes. A payment detail is indexed when added, so its
    /// document must be set by the fill action; a document's party cannot change after creation.</summary>
    private void Index(Record record, bool add)
    {
        var (index, keyPath) = record.Def.Name switch
        {
            SandboxObjects.ApPaymentDetail => (_detailsByDocument, PaymentParts.Ap.Document),
            SandboxObjects.ArPaymentDetail => (_detailsByDocument, PaymentParts.Ar.Document),
            SandboxObjects.Bill => (_documentsByParty, "vendor"),
            SandboxObjects.Invoice => (_documentsByParty, "customer"),
            _ => (null, null),
        };
        if (index is null || record[keyPath!] is not Record key)
        {
            return;
        }

        if (add)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(record);
        }
        else
        {
            index.GetValueOrDefault(key)?.Remove(record);
        }
    }
}
