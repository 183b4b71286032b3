using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>Deletes records the way Sage refuses or allows it: nothing still referenced, no paid documents, no subledger postings.</summary>
internal static class RecordDeleter
{
    public static SageError? Check(WriteContext context, Record record)
    {
        if (record.PostedFrom is { } source)
        {
            return SageError.Unprocessable($"This entry was posted by {source.Def.Name} {source.KeyText}; delete or reverse that document instead.");
        }

        if (record.Def.Name is SandboxObjects.Bill or SandboxObjects.Invoice && context.Books.AppliedPayments(record) > 0)
        {
            return SageError.Unprocessable($"{record.Def.Name} {record.KeyText} has payments applied; delete the payments first.");
        }

        if (record.Def.IsOwned && OwnerOf(record) is { } owner)
        {
            var siblings = owner.Lists.First(l => l.Contains(record));
            if (siblings.Count <= (owner.Def.Name == SandboxObjects.JournalEntry ? 2 : 1))
            {
                return SageError.Unprocessable($"{owner.Def.Name} {owner.KeyText} cannot lose its last lines; delete the {owner.Def.Name} instead.");
            }

            if (owner.Def.Name == SandboxObjects.JournalEntry)
            {
                return SageError.Unprocessable("Deleting this line would leave the journal entry unbalanced; patch the entry's lines instead.");
            }

            if (owner.Def.Name is SandboxObjects.ApPayment or SandboxObjects.ArPayment)
            {
                return SageError.Unprocessable("Payment details cannot be deleted on their own; delete the payment.");
            }
        }

        return FindReferrer(context.Data, record) is { } referrer
            ? SageError.Unprocessable($"{record.Def.Name} {record.Id ?? record.KeyText} is used by {referrer.Def.Name} {referrer.KeyText} and cannot be deleted.")
            : null;
    }

    public static void Delete(WriteContext context, Record record)
    {
        var books = context.Books;
        books.Unpost(record);
        var owner = record.Def.IsOwned ? OwnerOf(record) : null;
        var paidDocuments = record.Def.Name is SandboxObjects.ApPayment or SandboxObjects.ArPayment
            ? record.List(PaymentParts.For(record.Def.Name).List).Select(d => d.Get<Record>(PaymentParts.For(record.Def.Name).Document)).ToList()
            : [];
        owner?.Lists.First(l => l.Contains(record)).Remove(record);
        books.Remove(record);
        foreach (var document in paidDocuments)
        {
            books.RecalculateDocument(document);
        }

        if (owner is not null)
        {
            RecordCommitter.AfterWrite(context, owner, created: false);
        }
        else if (record.Def.Name is SandboxObjects.Bill or SandboxObjects.Invoice or SandboxObjects.ApPayment or SandboxObjects.ArPayment)
        {
            books.RecalculateParty(record.Get<Record>(record.Def.Name is SandboxObjects.Bill or SandboxObjects.ApPayment ? "vendor" : "customer"));
        }
    }

    private static Record? OwnerOf(Record line)
    {
        foreach (var field in line.Def.Fields)
        {
            if (field.Kind == FieldKind.Reference && field.Target is { } target && target.Lists.Any(l => l.ParentField == field))
            {
                return line.Values[field.Ordinal] as Record;
            }
        }

        return null;
    }

    /// <summary>Finds a record that refers to <paramref name="record"/>, other than its own lines.</summary>
    private static Record? FindReferrer(CompanyData data, Record record)
    {
        foreach (var store in data.Stores.Values)
        {
            var refFields = store.Def.Fields.Where(f => f.Kind == FieldKind.Reference && f.RefObject == record.Def.Name).ToArray();
            if (refFields.Length == 0)
            {
                continue;
            }

            foreach (var candidate in store.Records)
            {
                foreach (var field in refFields)
                {
                    if (ReferenceEquals(candidate.Values[field.Ordinal], record) && !IsOwnLine(record, candidate, field))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsOwnLine(Record owner, Record candidate, FieldDef field) =>
        owner.Def.Lists.Any(l => l.ParentField == field) || ReferenceEquals(candidate, owner);
}
