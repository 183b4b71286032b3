using IntacctMcp.Sandbox.Data;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>Applies a validated <see cref="StagedRecord"/> to the store, then keeps totals, GL postings and party balances consistent.</summary>
internal static class RecordCommitter
{
    public static Record Commit(WriteContext context, StagedRecord staged)
    {
        var books = context.Books;
        Record record;
        if (staged.Existing is null)
        {
            record = books.Add(staged.Def.Name, r => Apply(r, staged), context.Now, context.User);
        }
        else
        {
            record = staged.Existing;
            var oldId = record.Id;
            Apply(record, staged);
            Books.Stamp(record, context.Now, context.User, created: false);
            context.Data[record.Def.Name].Reindex(record, oldId);
        }

        foreach (var deleted in staged.DeletedLines)
        {
            record.Lists[IndexOfList(record, deleted)].Remove(deleted);
            books.Remove(deleted);
        }

        foreach (var (index, lines) in staged.Lists)
        {
            var list = record.Def.Lists[index];
            foreach (var line in lines)
            {
                if (line.Existing is { } existingLine)
                {
                    Apply(existingLine, line);
                    Books.Stamp(existingLine, context.Now, context.User, created: false);
                }
                else
                {
                    books.AddLine(record, list.Name, l => Apply(l, line), context.Now, context.User);
                }
            }

            Renumber(record.Lists[index]);
        }

        AfterWrite(context, record, staged.Existing is null);
        return record;
    }

    /// <summary>Recomputes what depends on a written or deleted record.</summary>
    public static void AfterWrite(WriteContext context, Record record, bool created)
    {
        var books = context.Books;
        switch (record.Def.Name)
        {
            case SandboxObjects.Bill or SandboxObjects.Invoice:
                books.RecalculateDocument(record);
                books.PostDocument(record, context.Now, context.User);
                books.RecalculateParty(record.Get<Record>(record.Def.Name == SandboxObjects.Bill ? "vendor" : "customer"));
                break;
            case SandboxObjects.ApPayment or SandboxObjects.ArPayment:
                var parts = PaymentParts.For(record.Def.Name);
                if (created)
                {
                    books.PostPayment(record, context.Now, context.User);
                }

                foreach (var detail in record.List(parts.List))
                {
                    books.RecalculateDocument(detail.Get<Record>(parts.Document));
                }

                books.RecalculateParty(record.Get<Record>(parts.Party));
                break;
        }
    }

    private static int IndexOfList(Record record, Record line)
    {
        for (var i = 0; i < record.Lists.Length; i++)
        {
            if (record.Lists[i].Contains(line))
            {
                return i;
            }
        }

        return 0;
    }

    private static void Apply(Record record, StagedRecord staged)
    {
        foreach (var (ordinal, value) in staged.Changes)
        {
            record.Values[ordinal] = value;
        }
    }

    private static void Renumber(List<Record> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Def.ByPath.TryGetValue("lineNumber", out var number))
            {
                lines[i].Values[number.Ordinal] = number.LineNumber(i + 1);
            }
        }
    }
}
