using IntacctMcp.Sandbox.Data;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>Defaults and business rules applied to a staged write before it is committed, per object.</summary>
internal static partial class WriteRules
{
    private static readonly string[] CreatableDocumentStates = ["draft", "posted"];

    /// <summary>Gets whether a read-only field may still be sent: a document's initial <c>state</c> (draft or posted), and a journal entry's state at any time.</summary>
    public static bool IsWritableOnCreate(ObjectDef def, string path, bool isCreate) =>
        string.Equals(path, "state", StringComparison.Ordinal) &&
        (def.Name == SandboxObjects.JournalEntry || (isCreate && def.Name is SandboxObjects.Bill or SandboxObjects.Invoice));

    public static SageError? Apply(WriteContext context, StagedRecord staged)
    {
        var isCreate = staged.Existing is null;
        if (isCreate)
        {
            var error = CheckRequired(staged) ?? ApplyCommonDefaults(context, staged);
            if (error is not null)
            {
                return error;
            }
        }

        return staged.Def.Name switch
        {
            SandboxObjects.Bill => Document(context, staged, isBill: true),
            SandboxObjects.Invoice => Document(context, staged, isBill: false),
            SandboxObjects.JournalEntry => JournalEntry(context, staged),
            SandboxObjects.ApPayment => Payment(context, staged, isAp: true),
            SandboxObjects.ArPayment => Payment(context, staged, isAp: false),
            SandboxObjects.Vendor or SandboxObjects.Customer => Party(context, staged),
            SandboxObjects.Account => Account(staged),
            _ => null,
        };
    }

    private static SageError? CheckRequired(StagedRecord staged)
    {
        foreach (var field in staged.Def.Fields)
        {
            if (field.Required && staged.Get(field.Path) is null or "")
            {
                return SageError.Invalid($"'{field.Path}' is required.", staged.TargetOf(field.Path), "REST-1031");
            }
        }

        return null;
    }

    private static SageError? ApplyCommonDefaults(WriteContext context, StagedRecord staged)
    {
        var def = staged.Def;
        if (def.ByPath.ContainsKey("status") && staged.Get("status") is null)
        {
            staged.Set("status", "active");
        }

        if (def.IdOrdinal >= 0 && !def.ByPath["id"].ReadOnly && staged.Get("id") is string id && context.Data[def.Name].ById(id) is not null)
        {
            return SageError.Conflict($"A {def.Name} with id '{id}' already exists.", staged.TargetOf("id"));
        }

        return null;
    }

    /// <summary>Resolves the entity a new transaction belongs to: the request's entity, else its first line's location, else the first entity.</summary>
    private static Record ResolveEntity(WriteContext context, StagedRecord staged, IReadOnlyList<StagedRecord> lines)
    {
        if (staged.Existing?["entity"] is Record current)
        {
            return current;
        }

        if (context.EntityId is { } entityId && context.Data[SandboxObjects.Entity].ById(entityId) is { } scoped)
        {
            return scoped;
        }

        foreach (var line in lines)
        {
            if (line.Get("dimensions.location") is Record location && Books.EntityOf(location) is { } entity)
            {
                return entity;
            }
        }

        return context.Data[SandboxObjects.Entity].Records[0];
    }

    /// <summary>Checks the lines' accounts and dimensions and fills a missing location with the entity's main location.</summary>
    private static SageError? CheckLines(WriteContext context, IReadOnlyList<StagedRecord> lines, Record entity)
    {
        foreach (var line in lines)
        {
            if (line.Get("glAccount") is not Record account)
            {
                return SageError.Invalid("'glAccount' is required on every line.", line.TargetOf("glAccount"), "REST-1031");
            }

            if (account["status"] as string == "inactive")
            {
                return SageError.Unprocessable($"GL account {account.Id} is inactive and cannot be posted to.", line.TargetOf("glAccount"));
            }

            if (account["disallowDirectPosting"] is true)
            {
                return SageError.Unprocessable($"GL account {account.Id} does not allow direct posting.", line.TargetOf("glAccount"));
            }

            if (line.Get("txnAmount") is not decimal)
            {
                return SageError.Invalid("'txnAmount' is required on every line.", line.TargetOf("txnAmount"), "REST-1031");
            }

            if (line.Get("dimensions.location") is Record location)
            {
                if (!ReferenceEquals(Books.EntityOf(location), entity))
                {
                    return SageError.Invalid($"Location {location.Id} does not belong to entity {entity.Id}.", line.TargetOf("dimensions.location"));
                }
            }
            else
            {
                line.Set("dimensions.location", context.Books.MainLocation(entity));
            }
        }

        return null;
    }
}
