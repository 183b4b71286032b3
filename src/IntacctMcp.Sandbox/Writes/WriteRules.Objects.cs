using System.Globalization;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Writes;

internal static partial class WriteRules
{
    private static SageError? Document(WriteContext context, StagedRecord staged, bool isBill)
    {
        var isCreate = staged.Existing is null;
        var partyPath = isBill ? "vendor" : "customer";
        var datePath = isBill ? "createdDate" : "invoiceDate";
        if (!isCreate && staged.IsSet(partyPath) && !ReferenceEquals(staged.Get(partyPath), staged.Existing![partyPath]))
        {
            return SageError.Invalid($"The {partyPath} of a posted document cannot be changed.", partyPath);
        }

        var party = staged.Get<Record>(partyPath)!;
        if (isCreate && party["status"] as string == "inactive")
        {
            return SageError.Unprocessable($"{party.Name} ({party.Id}) is inactive; new documents cannot be recorded for it.", partyPath);
        }

        if (isCreate)
        {
            var state = staged.Get<string>("state") ?? "posted";
            if (!CreatableDocumentStates.Contains(state))
            {
                return SageError.Invalid($"A new {(isBill ? "bill" : "invoice")} can be created as draft or posted; '{state}' is reached through workflows.", "state");
            }

            staged.Set("state", state);
            staged.Set("recordType", isBill ? "pi" : "ri");
            staged.Set("term", staged.Get("term") ?? party["term"]);
            staged.Set("currency.txnCurrency", staged.Get("currency.txnCurrency") ?? "USD");
            staged.Set("currency.baseCurrency", staged.Get("currency.baseCurrency") ?? "USD");
            if (isBill)
            {
                staged.Set("paymentPriority", staged.Get("paymentPriority") ?? "normal");
                staged.Set("isOnHold", staged.Get("isOnHold") ?? false);
            }
        }

        var date = staged.Get<DateOnly>(datePath);
        if (isBill && staged.Get("postingDate") is null)
        {
            staged.Set("postingDate", date);
        }

        if (staged.Get("dueDate") is not DateOnly due)
        {
            if (staged.Get("term") is not Record term)
            {
                return SageError.Invalid("'dueDate' is required when there is no term to compute it from.", "dueDate", "REST-1031");
            }

            due = date.AddDays((int)term.Get<long>("due.days"));
            staged.Set("dueDate", due);
        }

        if (due < date)
        {
            return SageError.Invalid("'dueDate' cannot be before the document date.", "dueDate");
        }

        var lines = staged.Lines("lines");
        if (lines.Count == 0)
        {
            return SageError.Invalid($"A {(isBill ? "bill" : "invoice")} needs at least one line.", "lines", "REST-1031");
        }

        var entity = ResolveEntity(context, staged, lines);
        staged.Set("entity", entity);
        return CheckLines(context, lines, entity);
    }

    private static SageError? JournalEntry(WriteContext context, StagedRecord staged)
    {
        var existing = staged.Existing;
        if (existing is not null && existing.PostedFrom is { } source)
        {
            return SageError.Unprocessable($"This entry was posted by {source.Def.Name} {source.KeyText}; change that document instead.");
        }

        if (staged.Get("state") is null)
        {
            staged.Set("state", "posted");
        }

        if (staged.Get<string>("state") is not ("draft" or "posted" or "reversed"))
        {
            return SageError.Invalid("A journal entry's state can be draft, posted or reversed.", "state");
        }

        var lines = staged.Lines("lines");
        if (lines.Count < 2)
        {
            return SageError.Invalid("A journal entry needs at least two lines.", "lines", "REST-1031");
        }

        var entity = ResolveEntity(context, staged, lines);
        staged.Set("entity", entity);
        var error = CheckLines(context, lines, entity);
        if (error is not null)
        {
            return error;
        }

        decimal debits = 0m, credits = 0m;
        foreach (var line in lines)
        {
            var amount = line.Get<decimal>("txnAmount");
            if (amount <= 0)
            {
                return SageError.Invalid("'txnAmount' must be positive; use txnType to say debit or credit.", line.TargetOf("txnAmount"));
            }

            switch (line.Get<string>("txnType"))
            {
                case "debit":
                    debits += amount;
                    break;
                case "credit":
                    credits += amount;
                    break;
                default:
                    return SageError.Invalid("'txnType' (debit or credit) is required on every line.", line.TargetOf("txnType"), "REST-1031");
            }
        }

        if (debits != credits)
        {
            return SageError.Unprocessable(
                string.Create(CultureInfo.InvariantCulture, $"The journal entry is not balanced: debits {debits:0.00} and credits {credits:0.00}."), "lines");
        }

        var date = staged.Get<DateOnly>("postingDate");
        foreach (var line in lines)
        {
            line.Set("entryDate", date);
            if (line.Get("description") is null)
            {
                line.Set("description", staged.Get("description"));
            }
        }

        return null;
    }

    private static SageError? Payment(WriteContext context, StagedRecord staged, bool isAp)
    {
        var parts = isAp ? PaymentParts.Ap : PaymentParts.Ar;
        var documentPath = parts.Document;
        var party = staged.Get<Record>(parts.Party)!;
        var details = staged.Lines(parts.List);
        if (details.Count == 0)
        {
            return SageError.Invalid($"A payment needs at least one of '{parts.List}' naming a {documentPath} and a {PaymentParts.DetailAmount}.", parts.List, "REST-1031");
        }

        var applied = new Dictionary<Record, decimal>();
        var total = 0m;
        Record? entity = null;
        foreach (var detail in details)
        {
            if (detail.Get(documentPath) is not Record document)
            {
                return SageError.Invalid($"'{documentPath}' is required on every detail.", detail.TargetOf(documentPath), "REST-1031");
            }

            if (detail.Get(PaymentParts.DetailAmount) is not decimal amount || amount <= 0)
            {
                return SageError.Invalid($"'{PaymentParts.DetailAmount}' must be a positive amount.", detail.TargetOf(PaymentParts.DetailAmount));
            }

            if (!ReferenceEquals(document[parts.Party], party))
            {
                return SageError.Invalid($"{documentPath} {document.KeyText} does not belong to {party.Id}.", detail.TargetOf(documentPath));
            }

            if (document["state"] is not ("posted" or "partiallyPaid"))
            {
                return SageError.Unprocessable($"{documentPath} {document.KeyText} is {document["state"]} and cannot be paid.", detail.TargetOf(documentPath));
            }

            applied[document] = applied.GetValueOrDefault(document) + amount;
            if (applied[document] > document.Get<decimal>("totalTxnAmountDue"))
            {
                return SageError.Unprocessable(
                    string.Create(CultureInfo.InvariantCulture, $"The payment exceeds the amount due on {documentPath} {document.KeyText} ({document.Get<decimal>("totalTxnAmountDue"):0.00})."),
                    detail.TargetOf(PaymentParts.DetailAmount));
            }

            var documentEntity = document.Get<Record>("entity");
            if (entity is not null && !ReferenceEquals(entity, documentEntity))
            {
                return SageError.Invalid("All paid documents must belong to the same entity.", detail.TargetOf(documentPath));
            }

            entity = documentEntity;
            total += amount;
        }

        if (context.EntityId is { } scoped && entity!.Id != scoped)
        {
            return SageError.Invalid($"The paid documents belong to entity {entity.Id}, not {scoped}.", parts.List);
        }

        staged.Set("entity", entity);
        staged.Set(PaymentParts.Total, total);
        if (isAp)
        {
            // Sage reads an AP payment's date back as txnPaidDate: the write-only paymentDate is never returned.
            var paidOn = staged.Get<DateOnly>("paymentDate");
            staged.Set("txnPaidDate", paidOn);
            staged.Set("txnDate", paidOn);
            staged.Set("baseCurrency.totalAmount", total);
        }

        staged.Set("state", isAp ? "confirmed" : "complete");
        staged.Set("paymentMethod", staged.Get("paymentMethod") ?? "printedCheck");
        return null;
    }

    private static SageError? Party(WriteContext context, StagedRecord staged)
    {
        if (staged.Existing is not null)
        {
            return null;
        }

        var isVendor = staged.Def.Name == SandboxObjects.Vendor;
        if (staged.Get("id") is null)
        {
            var prefix = isVendor ? "V" : "C";
            var next = context.Data[staged.Def.Name].Records
                .Select(r => r.Id is { Length: > 1 } id && id[0] == prefix[0] && long.TryParse(id[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(1000).Max() + 1;
            staged.Set("id", prefix + next.ToString(CultureInfo.InvariantCulture));
        }

        staged.Set("totalDue", 0m);
        staged.Set("term", staged.Get("term") ?? context.Books.Find(isVendor ? SandboxObjects.ApTerm : SandboxObjects.ArTerm, "N30"));
        if (context.EntityId is { } entityId)
        {
            staged.Set("entity", context.Data[SandboxObjects.Entity].ById(entityId));
        }

        return null;
    }

    private static SageError? Account(StagedRecord staged)
    {
        if (staged.Existing is not null)
        {
            return null;
        }

        var incomeStatement = staged.Get<string>("id") is { Length: > 0 } id && id[0] >= '4';
        staged.Set("accountType", staged.Get("accountType") ?? (incomeStatement ? "incomeStatement" : "balanceSheet"));
        staged.Set("normalBalance", staged.Get("normalBalance") ?? "debit");
        staged.Set("closingType", staged.Get("closingType") ?? (incomeStatement ? "closingAccount" : "nonClosingAccount"));
        staged.Set("disallowDirectPosting", staged.Get("disallowDirectPosting") ?? false);
        staged.Set("isTaxable", staged.Get("isTaxable") ?? false);
        return null;
    }
}
